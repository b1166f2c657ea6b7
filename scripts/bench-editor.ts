// The browser half of `npm run bench:collab`: a production server and Chromium.
import { percentile } from "./bench-common";
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import type { JSONContent } from "@tiptap/core";
import { chromium, type Locator, type Page } from "@playwright/test";
import postgres from "postgres";
import { freePort } from "../lib/db/embedded-postgres";
import type { TestNewsroom } from "../tests/helpers/factory";
import { stopChild } from "./stop-child";

type Options = { databaseUrl: string; team: TestNewsroom; bigJson: JSONContent; claimIds: string[] };


async function waitForHealth(url: string) {
  for (let i = 0; i < 600; i++) {
    if (await fetch(`${url}/api/health`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the app did not start");
}

/** The `count` largest times of a map, one per line. */
function largest(times: Map<string, number>, count: number): string {
  return [...times.entries()].sort((a, b) => b[1] - a[1]).slice(0, count).map(([k, v]) => `${v.toFixed(0).padStart(7)} ms  ${k}`).join("\n");
}

type TraceEvent = { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string; data?: { type?: string; functionName?: string; url?: string } } };

/** The complete events of the page's main thread: the renderer's main thread that dispatched the keys. */
function mainThreadEvents(buffer: Buffer): TraceEvent[] {
  const events = (JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] }).traceEvents;
  const threadOf = (e: TraceEvent) => `${e.pid}:${e.tid}`;
  const mains = new Set(events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map(threadOf));
  const dispatches = new Map<string, number>();
  for (const e of events) if (e.name === "EventDispatch" && mains.has(threadOf(e))) dispatches.set(threadOf(e), (dispatches.get(threadOf(e)) ?? 0) + 1);
  const main = [...dispatches.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return events.filter((e) => threadOf(e) === main && e.ph === "X" && e.dur).sort((a, b) => a.ts - b.ts);
}

/** BENCH_TRACE=1: time on the page's main thread by event (event type, function), nested events counted in each. */
function traceSummary(events: TraceEvent[]): string {
  const total = new Map<string, number>();
  for (const e of events) {
    const key = `${e.name} ${e.args?.data?.type ?? ""}${e.args?.data?.functionName ?? ""} ${(e.args?.data?.url ?? "").split("/").pop()}`;
    total.set(key, (total.get(key) ?? 0) + e.dur! / 1000);
  }
  return largest(total, 30);
}

/**
 * The main thread's busy time after each keystroke, in ms: everything it did (events, scripts, timers,
 * style, layout, paint) from one keydown to the next, nested events counted once.
 */
function busyPerKeystroke(events: TraceEvent[]): number[] {
  const keydowns = events.filter((e) => e.name === "EventDispatch" && e.args?.data?.type === "keydown").map((e) => e.ts);
  const busy: [number, number][] = [];
  for (const e of events) {
    const last = busy.at(-1);
    if (last && e.ts <= last[1]) last[1] = Math.max(last[1], e.ts + e.dur!);
    else busy.push([e.ts, e.ts + e.dur!]);
  }
  const gap = percentile(keydowns.slice(1).map((ts, i) => ts - keydowns[i]), 50);
  return keydowns.map((from, i) => {
    const to = keydowns[i + 1] ?? from + gap;
    return busy.reduce((sum, [start, end]) => sum + Math.max(0, Math.min(end, to) - Math.max(start, from)), 0) / 1000;
  });
}

type CpuProfile = { nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]; samples?: number[]; timeDeltas?: number[] };

/** Self time per function, the 25 largest. */
function selfTimes(profile: CpuProfile): string {
  const self = new Map<string, number>();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => {
    const node = byId.get(id)!;
    const key = `${node.callFrame.functionName || "(anon)"} ${node.callFrame.url.split("/").pop()}:${node.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0) / 1000);
  });
  return largest(self, 25);
}

/** A fact-checker connected to the article whose caret moves every 100 ms; returns how to stop them. */
async function secondPersonMoving(url: string, team: TestNewsroom, articleId: string): Promise<() => void> {
  const { connect, tokenFor } = await import("../tests/helpers/collab");
  const Y = await import("yjs");
  const second = await connect(url, articleId, await tokenFor(team.actors.fact_checker, articleId));
  const awareness = second.provider.awareness!;
  awareness.setLocalStateField("user", { name: "Second", color: "hsl(200 70% 45%)" });
  const fragment = second.doc.getXmlFragment("default");
  let step = 0;
  const timer = setInterval(() => {
    const text = (fragment.get(step % 6) as InstanceType<typeof Y.XmlElement>).get(0) as InstanceType<typeof Y.XmlText>;
    const at = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(text, (step * 7) % 40));
    awareness.setLocalStateField("cursor", { anchor: at, head: at });
    step++;
  }, 100);
  return () => {
    clearInterval(timer);
    second.destroy();
  };
}

const KEY_DELAY = 40;

/** Throws unless `text` has been typed `times` times into the focused element, the editable root (the editor's, or the bare paragraph). */
async function expectTyped(page: Page, text: string, times: number): Promise<void> {
  const focused = await page.evaluate((typed) => ({ count: (document.activeElement?.textContent ?? "").split(typed).length - 1, element: document.activeElement?.outerHTML.slice(0, 80) }), text.trim());
  if (focused.count < times) throw new Error(`The typed keys did not reach the text being measured (the focus is on ${focused.element}).`);
}

/**
 * Types into `target` and returns, per key, the time from keydown until (1) the page has handled it
 * (the input event and the microtasks after it: the browser's insertion, ProseMirror, Yjs) and
 * (2) the next frame has been produced.
 */
async function keyTimings(target: Locator, text: string): Promise<{ handled: number[]; frames: number[] }> {
  await target.page().evaluate(() => {
    const w = window as unknown as { handled: number[]; frames: number[] };
    w.handled = [];
    w.frames = [];
    let began = 0;
    document.addEventListener("keydown", () => {
      const start = (began = performance.now());
      requestAnimationFrame(() => setTimeout(() => w.frames.push(performance.now() - start), 0));
    }, true);
    document.addEventListener("input", () => queueMicrotask(() => w.handled.push(performance.now() - began)));
  });
  // The caret at the end of the first line, by keyboard: a click could land on a highlight and open its card.
  await target.focus();
  await target.page().keyboard.press("Control+Home");
  await target.page().keyboard.press("End");
  await target.page().keyboard.type(text, { delay: KEY_DELAY });
  await target.page().waitForTimeout(500);
  await expectTyped(target.page(), text, 1);
  return target.page().evaluate(() => {
    const { handled, frames } = window as unknown as { handled: number[]; frames: number[] };
    return { handled, frames };
  });
}

/** Types `text` where the page's focus is, traced, and returns the main thread's work after each key. */
async function tracedWork(page: Page, text: string): Promise<number[]> {
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: ["devtools.timeline"] });
  await page.keyboard.type(text, { delay: KEY_DELAY });
  await page.waitForTimeout(500);
  await expectTyped(page, text, 2);
  const buffer = await browser.stopTracing();
  // BENCH_SAVE_TRACE=name keeps the trace in test-results/ (open it in DevTools' Performance panel).
  if (process.env.BENCH_SAVE_TRACE) {
    mkdirSync("test-results", { recursive: true });
    writeFileSync(`test-results/typing-${process.env.BENCH_SAVE_TRACE}-${Date.now()}.json`, buffer);
  }
  return busyPerKeystroke(mainThreadEvents(buffer));
}

export async function benchEditor({ databaseUrl, team, bigJson, claimIds }: Options) {
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => undefined });
  const { makeArticleFromJson } = await import("../tests/helpers/big-article");
  const { makeArticle } = await import("../tests/helpers/factory");
  const article = await makeArticleFromJson(team.actors.editor, "Article de 10 000 mots", bigJson);
  // Opened first, so that the measured first open is this browser's first open of the big article, on a warm server.
  const warmUp = await makeArticle(team.actors.editor, "Mise en route", "Un article court.");
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
    // BENCH_CPU_SLOWDOWN=n: the page's renderer runs n times slower (Chromium's CPU throttling), as on a slower laptop.
    const slowdown = Number(process.env.BENCH_CPU_SLOWDOWN ?? 1);
    const throttle = async (target: Page) => {
      if (slowdown > 1) await (await target.context().newCDPSession(target)).send("Emulation.setCPUThrottlingRate", { rate: slowdown });
    };
    await throttle(page);
    await page.goto(`${base}/signin`);
    await page.getByLabel(/^(Email|E-mail)$/).fill(team.users.editor.email);
    await page.getByLabel(/^(Password|Mot de passe)$/).fill(team.users.editor.password);
    await page.getByRole("button", { name: /^(Sign in|Se connecter)$/ }).click();
    await page.waitForURL(/\/desk/);
    await page.goto(`${base}/desk/${team.newsroom.slug}/articles/${warmUp.slug}`);
    await page.waitForSelector("[data-testid=live-editor][contenteditable=true]");

    // BENCH_PROFILE=open|typing writes a CPU profile of the last open or of the typing to
    // test-results/editor-<what>.cpuprofile (open it in DevTools; a build with source maps names the functions).
    const profiling = process.env.BENCH_PROFILE === "1" ? "typing" : process.env.BENCH_PROFILE;
    const cdp = profiling ? await page.context().newCDPSession(page) : null;
    // BENCH_TRACE=open|typing prints the main thread's time by event instead.
    const tracing = process.env.BENCH_TRACE === "1" ? "typing" : process.env.BENCH_TRACE;
    const profile = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
      if (tracing === what) {
        await browser.startTracing(page, { categories: ["devtools.timeline"] });
        const result = await run();
        console.log(traceSummary(mainThreadEvents(await browser.stopTracing())));
        return result;
      }
      if (!cdp || profiling !== what) return run();
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.start");
      const result = await run();
      const { profile: cpu } = await cdp.send("Profiler.stop");
      mkdirSync("test-results", { recursive: true });
      writeFileSync(`test-results/editor-${what}.cpuprofile`, JSON.stringify(cpu));
      console.log(selfTimes(cpu));
      return result;
    };

    // Text visible: the start of the first frame in which the article's text (the server's, or the live
    // editor's where there is none) is laid out and not hidden, from the navigation's start.
    // (A string: the bundler's function names would not exist in the page.)
    await page.addInitScript({
      content: `requestAnimationFrame(function frame(time) {
        const texts = document.querySelectorAll("[data-testid=static-article], [data-testid=live-editor]");
        if ([...texts].some((text) => text.checkVisibility() && text.textContent.length > 1000)) window.textVisible = time;
        else requestAnimationFrame(frame);
      });`,
    });
    const opens: number[] = [];
    const visibleAt: number[] = [];
    // BENCH_OPENS=n: how many loads (3 by default); the first one is the browser's first open of the article.
    const loads = Number(process.env.BENCH_OPENS ?? 3);
    for (let i = 0; i < loads; i++) {
      const start = Date.now();
      await profile(i === loads - 1 ? "open" : "none", async () => {
        await page.goto(`${base}/desk/${team.newsroom.slug}/articles/${article.slug}`);
        await page.waitForFunction((expectedBadges) => {
          const editor = document.querySelector("[data-testid=live-editor]");
          return (
            editor?.getAttribute("contenteditable") === "true" &&
            editor.checkVisibility() &&
            (editor.textContent?.length ?? 0) > 50_000 &&
            editor.querySelectorAll("[data-icon]").length >= expectedBadges
          );
        }, claimIds.length, { timeout: 60_000 });
      });
      opens.push(Date.now() - start);
      visibleAt.push(await page.evaluate(() => (window as unknown as { textVisible?: number }).textVisible ?? NaN));
      if (process.env.BENCH_VERBOSE) {
        const timing = await page.evaluate(() => {
          const n = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
          const [localCopy, editor, synced, liveShown] = ["local-copy", "editor", "synced", "live-shown"].map((name) => performance.getEntriesByName(`factdesk:${name}`)[0]?.startTime ?? NaN);
          const textVisible = (window as unknown as { textVisible?: number }).textVisible ?? NaN;
          return { htmlKiB: n.decodedBodySize / 1024, firstByte: n.responseStart, html: n.responseEnd, textVisible, interactive: n.domInteractive, loaded: n.loadEventEnd, localCopy, editor, synced, liveShown, now: performance.now() };
        });
        console.log(`  open ${i + 1}: ${Object.entries(timing).map(([k, v]) => `${k} ${v.toFixed(0)}${k === "htmlKiB" ? "" : " ms"}`).join(", ")}`);
      }
    }

    // A second person is present while the keys are typed: connected, their caret moving between the
    // first paragraphs (what the others see of them, as the desk shows it) every 100 ms.
    const stopSecond = await secondPersonMoving(`ws://localhost:${port}/collab`, team, article.id);
    // Per keystroke: (1) keydown until the page has handled the key; (2) keydown until the next frame, as
    // the person sees it; (3) the main thread's work, from a trace of the same typing again (it adds the
    // frame's rendering, the send and the caret); the same three in a bare contenteditable, as the floor.
    const typed = "abcdefghijklmnopqrstuvwxyz ".repeat(8);
    const editable = page.getByTestId("live-editor");
    const { handled, frames } = await profile("typing", () => keyTimings(editable, typed));
    const work = await tracedWork(page, typed);
    const bare = await browser.newPage();
    await throttle(bare);
    await bare.setContent(`<p contenteditable="true">${"Un paragraphe. ".repeat(20)}</p>`);
    const { handled: bareHandled, frames: bareFrames } = await keyTimings(bare.locator("p"), typed);
    const bareWork = await tracedWork(bare, typed);
    await browser.close();
    stopSecond();

    const figures = (values: number[]) => `p50 ${percentile(values, 50).toFixed(1)} ms  p95 ${percentile(values, 95).toFixed(1)} ms`;
    console.log(`Chromium, 10,000-word article with 1,000 claims (production build):`);
    console.log(`  open until the text is visible (${visibleAt.length} loads): ${visibleAt.map((ms) => `${ms.toFixed(0)} ms`).join(", ")}; first ${visibleAt[0].toFixed(0)} ms, warm median ${percentile(visibleAt.slice(1), 50).toFixed(0)} ms`);
    console.log(`  open until editable (${opens.length} loads): ${opens.map((ms) => `${ms} ms`).join(", ")}; first ${opens[0]} ms, warm median ${percentile(opens.slice(1), 50)} ms`);
    console.log(`  time per keystroke, ${handled.length} keys, a second person present and moving (a frame is 16.7 ms):`);
    console.log(`    keydown → key handled (insertion, ProseMirror, Yjs)   ${figures(handled)}   bare contenteditable ${figures(bareHandled)}`);
    console.log(`    main-thread work, keydown to the next one (traced)     ${figures(work)}   bare contenteditable ${figures(bareWork)}`);
    console.log(`    keydown → next frame (waits for the display's refresh) ${figures(frames)}   bare contenteditable ${figures(bareFrames)}`);
    if (process.env.BENCH_VERBOSE) console.log(`    the most work after one keystroke (ms): ${[...work].sort((a, b) => b - a).slice(0, 20).map((ms) => ms.toFixed(1)).join(" ")}`);
  } finally {
    // The server stores its documents before it exits, and the database must still be there.
    await stopChild(server);
  }
}
