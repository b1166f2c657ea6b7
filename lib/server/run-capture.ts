import type { Prisma, SourceCapture } from "../db/generated/client";
import { db } from "../db/prisma";
import { passageFound } from "../extract/passage-found";
import { notifyClaimChange } from "./notify-claim-change";
import { readPage } from "./read-page";
import { FetchError, type FetchErrorCode } from "./safe-fetch";

/** Attempts before a capture that keeps failing for a passing reason is given up. */
export const MAX_CAPTURE_ATTEMPTS = 4;

// A server down, slow or overloaded may answer later; a refused address, a 404 or a PDF that is not one will not.
const PASSING: ReadonlySet<FetchErrorCode> = new Set(["unreachable", "timeout"]);
const isPassing = (error: FetchError) => PASSING.has(error.code) || (error.code === "http_error" && (error.httpStatus === 429 || (error.httpStatus ?? 0) >= 500));

/** 30 s, 2 min, 8 min: the wait after a failed attempt (attempts counts the one that failed). */
export const retryDelayMs = (attempts: number) => 30_000 * 4 ** (attempts - 1);

/** Text PostgreSQL can store: no NUL, no lone surrogate (a page's text may hold either). */
const storableText = (text: string) => text.replace(/\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "");

async function finish(capture: SourceCapture, data: Prisma.SourceCaptureUpdateInput) {
  await db().$transaction(async (tx) => {
    const source = await tx.source.findUnique({ where: { id: capture.sourceId }, select: { claimId: true, claim: { select: { articleId: true } } } });
    await tx.sourceCapture.update({ where: { id: capture.id }, data: { ...data, lockedUntil: null } });
    // Open claim cards show the capture as soon as it is stored.
    if (source) await notifyClaimChange(tx, { articleId: source.claim.articleId, claimId: source.claimId });
  });
}

/**
 * Fetches a queued capture's URL (the safe fetcher) and stores what it served:
 * final URL, status, title, date, readable text, SHA-256, time, and whether the
 * source's passage is in it. A passing failure (timeout, unreachable, 5xx, 429)
 * is retried later with back-off; any other, or the last attempt, is stored as
 * the capture's failure with its code.
 */
export async function runCapture(capture: SourceCapture): Promise<void> {
  try {
    const page = await readPage(capture.requestedUrl);
    const source = await db().source.findUnique({ where: { id: capture.sourceId }, select: { excerpt: true } });
    const text = storableText(page.text);
    await finish(capture, {
      status: "captured",
      finalUrl: page.url,
      httpStatus: page.status,
      mediaType: page.kind,
      title: page.title ? storableText(page.title).slice(0, 1000) : null,
      publishedAt: page.publishedAt?.slice(0, 10) ?? null,
      text,
      sha256: page.sha256,
      passageFound: passageFound(source?.excerpt, text),
      capturedAt: page.fetchedAt,
      errorCode: null,
      errorMessage: null,
    });
  } catch (error) {
    if (!(error instanceof FetchError)) {
      console.error("factdesk: capture", capture.id, error);
      await finish(capture, { status: "failed", errorCode: "internal", errorMessage: "The capture failed on the server." });
      return;
    }
    const retry = isPassing(error) && capture.attempts < MAX_CAPTURE_ATTEMPTS;
    await finish(capture, {
      status: retry ? "pending" : "failed",
      runAfter: retry ? new Date(Date.now() + retryDelayMs(capture.attempts)) : capture.runAfter,
      errorCode: error.code,
      errorMessage: error.message,
      httpStatus: error.httpStatus ?? null,
    });
  }
}
