import { createHash, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { passageFound } from "@/lib/extract/passage-found";
import { ForbiddenError } from "@/lib/policies";
import { addSource } from "@/lib/server/add-source";
import { runDueCaptures, startCaptureWorker } from "@/lib/server/capture-worker";
import { createClaim } from "@/lib/server/create-claim";
import { NotFoundError } from "@/lib/server/errors";
import { getCapture } from "@/lib/server/get-capture";
import { getClaim } from "@/lib/server/get-claim";
import { recaptureSource } from "@/lib/server/recapture-source";
import { MAX_CAPTURE_ATTEMPTS } from "@/lib/server/run-capture";
import { addSourceSchema, createClaimSchema } from "@/lib/validation/claim";
import { makeArticle, makeNewsroom, type TestNewsroom } from "../helpers/factory";
import { startFixtureServer, type FixtureServer } from "../helpers/fixture-server";

let pages: FixtureServer;
let team: TestNewsroom;
let allowed: string | undefined;
beforeAll(async () => {
  pages = await startFixtureServer();
  team = await makeNewsroom();
  allowed = process.env.FACTDESK_FETCH_ALLOW_HOSTS;
  process.env.FACTDESK_FETCH_ALLOW_HOSTS = pages.hostPort;
});
afterAll(async () => {
  process.env.FACTDESK_FETCH_ALLOW_HOSTS = allowed ?? "";
  await pages.close();
});

async function sourceFor(url: string, excerpt?: string) {
  const article = await makeArticle(team.actors.fact_checker);
  const claim = await createClaim({
    actor: team.actors.fact_checker,
    input: createClaimSchema.parse({ id: randomUUID(), articleId: article.id, type: "legal_basis", quotedText: "Meta", normalized: {} }),
  });
  return addSource({ actor: team.actors.fact_checker, input: addSourceSchema.parse({ claimId: claim.id, url, excerpt, kind: "media", stance: "supports" }) });
}

const capturesOf = (sourceId: string) => db().sourceCapture.findMany({ where: { sourceId }, orderBy: { createdAt: "asc" } });
const runNow = () => runDueCaptures({ newsroomId: team.newsroom.id });

describe("capturing a source", () => {
  it("queues the capture with the source, without fetching in the request; the worker stores what the URL served", async () => {
    const seen = pages.requests.length;
    // Typed with other quotes and line breaks than the page's « … » and straight apostrophes.
    const source = await sourceFor(`${pages.origin}/hop/1`, "une notification Facebook est apparue \u201cNous sommes en train de développer\n des outils IA pour vous\u201d");
    expect(pages.requests.length).toBe(seen); // the request did not fetch
    expect(await capturesOf(source.id)).toMatchObject([{ status: "pending", requestedUrl: `${pages.origin}/hop/1`, attempts: 0 }]);
    await runNow();
    const [capture] = await capturesOf(source.id);
    const bytes = readFileSync(path.resolve(import.meta.dirname, "../fixtures/pages/meta-ia.fr.html"));
    expect(capture).toMatchObject({
      status: "captured",
      finalUrl: `${pages.origin}/fr/meta-ia.html`,
      httpStatus: 200,
      mediaType: "html",
      title: "Facebook veut utiliser vos données personnelles pour son IA",
      publishedAt: "2024-05-24",
      sha256: createHash("sha256").update(bytes).digest("hex"),
      passageFound: true,
      errorCode: null,
    });
    expect(capture.capturedAt).toBeInstanceOf(Date);
    expect(capture.text).toContain("applicables dès le 26 juin 2024");
    expect(capture.text).not.toContain("À lire aussi");
    // The claim card reads it with the source.
    const claim = await getClaim({ actor: team.actors.viewer, claimId: source.claimId });
    expect(claim.sources[0].captures[0]).toMatchObject({ status: "captured", passageFound: true, sha256: capture.sha256 });
    expect("text" in claim.sources[0].captures[0]).toBe(false);
  });

  it("says when the passage is not in the page, and reads a PDF's text", async () => {
    const missing = await sourceFor(`${pages.origin}/en/inflation.html`, "Inflation rose to 9% in April.");
    const report = await sourceFor(`${pages.origin}/report.pdf`, "The Consumer Prices Index (CPI) rose by 2.3% in the 12 months to April 2024,\n down from 3.2%");
    await runNow();
    expect((await capturesOf(missing.id))[0]).toMatchObject({ status: "captured", passageFound: false });
    const [pdf] = await capturesOf(report.id);
    expect(pdf).toMatchObject({ status: "captured", mediaType: "pdf", title: "Consumer price inflation, UK: April 2024", publishedAt: "2024-05-22", passageFound: true });
    expect(pdf.text).toContain("Services inflation eased to 5.9%");
  });

  it("stores each hostile answer's own failure, without retrying what will not change", async () => {
    const cases: [string, string][] = [
      ["/to-metadata", "address_not_allowed"],
      ["/not-found", "http_error"],
      ["/gzip-bomb", "too_large"],
      ["/endless", "too_large"],
      ["/loop", "too_many_redirects"],
      ["/image.png", "unsupported_type"],
      ["/wrong-charset.html", "bad_charset"],
    ];
    const sources = await Promise.all(cases.map(([pathname]) => sourceFor(`${pages.origin}${pathname}`)));
    await runNow();
    for (const [i, [pathname, code]] of cases.entries()) {
      const [capture] = await capturesOf(sources[i].id);
      expect([pathname, capture.status, capture.errorCode, capture.attempts]).toEqual([pathname, "failed", code, 1]);
      expect(capture.errorMessage).toBeTruthy();
      expect(capture.sha256).toBeNull();
    }
  });

  it("retries an unreachable server with back-off, then gives up", async () => {
    const down = await startFixtureServer();
    const url = `${down.origin}/fr/meta-ia.html`;
    await down.close();
    process.env.FACTDESK_FETCH_ALLOW_HOSTS = `${pages.hostPort},${down.hostPort}`;
    try {
      const source = await sourceFor(url);
      await runNow();
      let [capture] = await capturesOf(source.id);
      expect(capture).toMatchObject({ status: "pending", errorCode: "unreachable", attempts: 1 });
      expect(capture.runAfter.getTime()).toBeGreaterThan(Date.now() + 20_000);
      for (let attempt = 2; attempt <= MAX_CAPTURE_ATTEMPTS; attempt++) {
        await db().sourceCapture.update({ where: { id: capture.id }, data: { runAfter: new Date() } }); // time passes
        await runNow();
        [capture] = await capturesOf(source.id);
        expect(capture.attempts).toBe(attempt);
      }
      expect(capture).toMatchObject({ status: "failed", errorCode: "unreachable" });
    } finally {
      process.env.FACTDESK_FETCH_ALLOW_HOSTS = pages.hostPort;
    }
  });

  it("survives a restart: a capture queued while no worker ran, or left by a worker that died, is done by the next worker", async () => {
    const queued = await sourceFor(`${pages.origin}/en/inflation.html`);
    const abandoned = await sourceFor(`${pages.origin}/latin1.html`);
    // A worker took this one, then its process died: its lock has run out.
    await db().sourceCapture.updateMany({ where: { sourceId: abandoned.id }, data: { attempts: 1, lockedUntil: new Date(Date.now() - 1000) } });
    const worker = startCaptureWorker({ pollMs: 200, newsroomId: team.newsroom.id });
    try {
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const done = await db().sourceCapture.count({ where: { sourceId: { in: [queued.id, abandoned.id] }, status: "captured" } });
        if (done === 2) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    } finally {
      await worker.stop();
    }
    expect((await capturesOf(queued.id))[0]).toMatchObject({ status: "captured", title: "UK inflation falls to 2.3% in April, lowest in almost three years" });
    expect((await capturesOf(abandoned.id))[0]).toMatchObject({ status: "captured", attempts: 2 });
    expect((await capturesOf(abandoned.id))[0].text).toContain("l'âge légal de départ");
  });

  it("re-captures on demand and keeps every capture: a changed page has a new hash", async () => {
    pages.serve("/changing.html", "text/html", "<html><body><article><p>Première version du communiqué, publiée le matin, avec tous ses chiffres et ses citations complètes pour la lecture.</p></article></body></html>");
    const source = await sourceFor(`${pages.origin}/changing.html`, "Première version du communiqué");
    await runNow();
    pages.serve("/changing.html", "text/html", "<html><body><article><p>Seconde version du communiqué, corrigée le soir, dont plusieurs chiffres ont changé depuis la première lecture du texte.</p></article></body></html>");
    await recaptureSource({ actor: team.actors.fact_checker, sourceId: source.id });
    await runNow();
    const [first, second] = await capturesOf(source.id);
    expect(first.passageFound).toBe(true);
    expect(second.passageFound).toBe(false);
    expect(second.sha256).not.toBe(first.sha256);
    const events = await db().auditEvent.findMany({ where: { objectId: source.id, action: "source.capture" } });
    expect(events).toHaveLength(1);
  });

  it("keeps captures to the newsroom and re-capture to those who may edit sources", async () => {
    const source = await sourceFor(`${pages.origin}/en/inflation.html`);
    const [capture] = await capturesOf(source.id);
    const other = await makeNewsroom();
    await expect(getCapture({ actor: other.actors.owner, captureId: capture.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(recaptureSource({ actor: other.actors.owner, sourceId: source.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(recaptureSource({ actor: team.actors.viewer, sourceId: source.id })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await capturesOf(source.id)).toHaveLength(1);
    expect((await getCapture({ actor: team.actors.viewer, captureId: capture.id })).id).toBe(capture.id);
  });
});

describe("whether a passage is in a capture", () => {
  it("ignores whitespace, quote and dash styles and case, not words", () => {
    const text = "Le groupe prévient : « Nous allons nous appuyer sur les intérêts légitimes » — selon Meta.\nLa suite.";
    expect(passageFound('nous allons nous appuyer sur les "intérêts   légitimes" - selon', text)).toBe(false);
    expect(passageFound("\u201cNous allons nous appuyer\nsur les intérêts légitimes\u201d - selon Meta", text)).toBe(true);
    expect(passageFound("L\u2019intérêt", "l'intérêt")).toBe(true);
    expect(passageFound("intérêts illégitimes", text)).toBe(false);
    expect(passageFound("", text)).toBeNull();
    expect(passageFound(null, text)).toBeNull();
  });
});
