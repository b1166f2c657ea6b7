import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../../..");
const DEV = join(ROOT, "tests/fixtures/claims/matching/dev");

function run(args: string[], input: string | Buffer) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/claims-match.ts", ...args], { cwd: ROOT, input, timeout: 60_000 });
  return { status: r.status, stdout: r.stdout.toString("utf8"), stderr: r.stderr.toString("utf8") };
}

const ARCHIVE_LINE = JSON.stringify({ id: "a1", lang: "fr", claim: "Le déficit public a atteint 5,5 % du PIB en 2023.", date: "2024-03-26", type: "number", normalized: { value: 5.5, unit: "%" } });
const QUERY = { id: "q1", lang: "en", text: "5.5%", sentence: "France's deficit reached 5.5% of GDP in 2023.", published: "2024-04-01" };

function archiveFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "claims-match-")), "archive.jsonl");
  writeFileSync(path, text);
  return path;
}

describe("claims:match CLI", { timeout: 120_000 }, () => {
  it("prints one line per query, in input order, best first, at most --top", () => {
    const queries = readQueries().slice(0, 12);
    const r = run(["--archive", join(DEV, "archive.jsonl"), "--top", "2"], `${queries.map((q) => JSON.stringify(q)).join("\n")}\n\n`);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string; matches: { id: string; score: number }[] });
    expect(lines.map((l) => l.id)).toEqual(queries.map((q) => q.id));
    for (const l of lines) {
      expect(l.matches.length).toBeLessThanOrEqual(2);
      for (let i = 1; i < l.matches.length; i++) expect(l.matches[i].score).toBeLessThanOrEqual(l.matches[i - 1].score);
    }
  });

  it("matches across languages and abstains on an unrelated claim", () => {
    const unrelated = { id: "q2", lang: "fr", text: "56 réacteurs", sentence: "Le parc compte 56 réacteurs.", published: "2024-12-21" };
    const r = run([`--archive=${archiveFile(`${ARCHIVE_LINE}\n`)}`], `${JSON.stringify(QUERY)}\n${JSON.stringify(unrelated)}\n`);
    expect(r.status).toBe(0);
    const [first, second] = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(first.matches.map((m: { id: string }) => m.id)).toEqual(["a1"]);
    expect(second).toEqual({ id: "q2", matches: [] });
  });

  it.each([
    [[], "--archive FILE is required"],
    [["--archive"], "--archive needs a value"],
    [["--archive", "/nonexistent/archive.jsonl"], "cannot read --archive"],
    [["--archive", join(DEV, "archive.jsonl"), "--top", "0"], "invalid --top"],
    [["--archive", join(DEV, "archive.jsonl"), "--top", "five"], "invalid --top"],
    [["--archive", join(DEV, "archive.jsonl"), "--verbose"], "unknown option"],
  ])("refuses %j with exit code 2 and one line", (args, message) => {
    const r = run(args as string[], `${JSON.stringify(QUERY)}\n`);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it.each([
    ["not JSON", "{oops", "input line 1: not JSON"],
    ["an array", "[1]", "input line 1: not a JSON object"],
    ["no sentence", JSON.stringify({ id: "q", lang: "fr", text: "x" }), `input line 1: "sentence" must be a string`],
    ["a bad language", JSON.stringify({ ...QUERY, lang: "de" }), `"lang" must be "fr" or "en"`],
    ["a bad date", JSON.stringify({ ...QUERY, published: "01/04/2024" }), `"published" must be YYYY-MM-DD`],
  ])("refuses a query line with %s, naming the line", (_what, line, message) => {
    // A blank first line: skipped, but counted.
    const r = run(["--archive", archiveFile(`${ARCHIVE_LINE}\n`)], `\n${line}\n`);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(message.replace("line 1", "line 2"));
  });

  it("refuses a bad archive: a repeated id, a missing claim, bytes that are not UTF-8", () => {
    expect(run(["--archive", archiveFile(`${ARCHIVE_LINE}\n${ARCHIVE_LINE}\n`)], "").stderr).toContain(`id "a1" appears twice`);
    expect(run(["--archive", archiveFile(`${JSON.stringify({ id: "a", lang: "en" })}\n`)], "").stderr).toContain(`archive line 1: "claim" must be a string`);
    const r = run(["--archive", archiveFile(`${ARCHIVE_LINE}\n`)], Buffer.from([0x7b, 0xff, 0xfe, 0x7d]));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("input is not valid UTF-8");
  });
});

function readQueries(): { id: string }[] {
  return readFileSync(join(DEV, "queries.jsonl"), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string });
}
