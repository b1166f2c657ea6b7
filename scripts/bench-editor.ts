// The browser half of `npm run bench:collab`: a production server and Chromium.
import { spawn } from "node:child_process";
import type { JSONContent } from "@tiptap/core";
import { chromium } from "@playwright/test";
import postgres from "postgres";
import { freePort } from "../lib/db/embedded-postgres";
import type { TestNewsroom } from "../tests/helpers/factory";

type Options = { databaseUrl: string; team: TestNewsroom; bigJson: JSONContent; claimIds: string[] };

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function waitForHealth(url: string) {
  for (let i = 0; i < 600; i++) {
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the app did not start");
}

export async function benchEditor({ databaseUrl, team, bigJson, claimIds }: Options) {
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => undefined });
  const { makeArticle } = await import("../tests/helpers/factory");
  const article = await makeArticle(team.actors.editor, "Article de 10 000 mots", "x");
  await sql`UPDATE "Article" SET "contentJson" = ${sql.json(bigJson as never)} WHERE id = ${article.id}`;
  await sql`
    INSERT INTO "Claim" (id, "newsroomId", "articleId", type, "quotedText", "createdById", "updatedAt")
    SELECT unnest(${claimIds}::uuid[]), ${team.newsroom.id}, ${article.id}, 'other', 'trois mots marqués', ${team.actors.editor.userId}, now()`;
  await sql.end();

  const port = await freePort();
  const base = `http://localhost:${port}`;
  const server = spawn("npx", ["tsx", "server.ts"], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, FACTDESK_SEED_DEMO: "0" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  try {
    await waitForHealth(base);
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${base}/signin`);
    await page.getByLabel(/^(Email|E-mail)$/).fill(team.users.editor.email);
    await page.getByLabel(/^(Password|Mot de passe)$/).fill(team.users.editor.password);
    await page.getByRole("button", { name: /^(Sign in|Se connecter)$/ }).click();
    await page.waitForURL(/\/desk/);

    const opens: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = Date.now();
      await page.goto(`${base}/desk/${team.newsroom.slug}/articles/${article.slug}`);
      await page.waitForFunction(() => {
        const editor = document.querySelector("[data-testid=live-editor]");
        return editor?.getAttribute("contenteditable") === "true" && (editor.textContent?.length ?? 0) > 50_000 && document.querySelectorAll(".claim-badge").length >= 1000;
      }, undefined, { timeout: 60_000 });
      opens.push(Date.now() - start);
    }

    // Time per keystroke: from keydown to the next frame after it was handled.
    await page.evaluate(() => {
      const samples: number[] = [];
      (window as unknown as { keystrokes: number[] }).keystrokes = samples;
      document.addEventListener(
        "keydown",
        () => {
          const start = performance.now();
          requestAnimationFrame(() => setTimeout(() => samples.push(performance.now() - start), 0));
        },
        true,
      );
    });
    await page.locator("[data-testid=live-editor] p").first().click();
    await page.keyboard.press("End");
    await page.keyboard.type("abcdefghijklmnopqrstuvwxyz ".repeat(8), { delay: 30 });
    await page.waitForTimeout(500);
    const keystrokes = await page.evaluate(() => (window as unknown as { keystrokes: number[] }).keystrokes);
    await browser.close();

    console.log(`Chromium, 10,000-word article with 1,000 claims (production build):`);
    console.log(`  open until editable (3 loads): ${opens.map((ms) => `${ms} ms`).join(", ")}`);
    console.log(`  time per keystroke (${keystrokes.length} keys, keydown → next frame): p50 ${percentile(keystrokes, 50).toFixed(1)} ms  p95 ${percentile(keystrokes, 95).toFixed(1)} ms`);
  } finally {
    process.kill(-server.pid!, "SIGINT");
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}
