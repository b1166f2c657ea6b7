import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../../..");

function run(args: string[], input: string | Buffer) {
  const r = spawnSync("npx", ["--no-install", "tsx", "scripts/claims-detect.ts", ...args], { cwd: ROOT, input, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8") };
}

describe("claims:detect CLI", { timeout: 120_000 }, () => {
  it("prints one JSON array whose offsets match the input", () => {
    const text = "\uFEFFLe 24 mai 2024, la CNIL a infligé 3,5 millions d’euros au titre du RGPD. « Nous ferons appel de cette décision », a déclaré Julien Mercadier. 😀 L'an dernier, 40 % des plaintes.";
    const r = run(["--lang", "fr", "--published", "2024-05-24"], text);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const claims = JSON.parse(r.stdout) as { type: string; start: number; end: number; text: string }[];
    expect(Array.isArray(claims)).toBe(true);
    expect(claims.map((c) => c.type)).toEqual(expect.arrayContaining(["date", "number", "legal_basis", "quote"]));
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it("guesses the language when --lang is missing and prints [] for empty input", () => {
    const r = run([], "");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it.each([
    [["--lang", "de"], "invalid --lang"],
    [["--published", "2024-02-30"], "invalid --published"],
    [["--published", "24/05/2024"], "invalid --published"],
    [["--verbose"], "unknown option"],
  ])("refuses %j with exit code 2", (args, message) => {
    const r = run(args, "Le 24 mai 2024.");
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("refuses input that is not valid UTF-8 with exit code 2", () => {
    const r = run(["--lang", "fr"], Buffer.from([0x4c, 0x65, 0x20, 0xff, 0xfe, 0x32, 0x30]));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("not valid UTF-8");
  });
});
