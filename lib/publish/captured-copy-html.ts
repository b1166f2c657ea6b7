import type { SourceCapture } from "../db/generated/client";
import { escapeMarkup as e } from "./escape-markup";

export type CapturedCopyWords = { colon: string; heading: string; requested: string; final: string; status: string; capturedAt: string; sha256: string; failed: string; pending: string; note: string };

const WORDS: Record<"fr" | "en", CapturedCopyWords> = {
  en: { colon: ": ", heading: "Captured copy", requested: "Address", final: "Final address", status: "HTTP status", capturedAt: "Captured on", sha256: "SHA-256 of the bytes served", failed: "The capture failed", pending: "The capture is not done yet.", note: "The readable text of the page as Factdesk fetched it; links, images and scripts are not kept." },
  fr: { colon: "\u00a0: ", heading: "Copie capturée", requested: "Adresse", final: "Adresse finale", status: "Statut HTTP", capturedAt: "Capturée le", sha256: "SHA-256 des octets reçus", failed: "La capture a échoué", pending: "La capture n’est pas encore faite.", note: "Le texte lisible de la page tel que Factdesk l’a récupéré ; liens, images et scripts ne sont pas conservés." },
};

/**
 * A capture as a page of text: its addresses, status, time and hash, then the
 * readable text in a `<pre>`, every character escaped. The page holds no
 * script, no link to load and no form; it is served with a sandboxing CSP.
 */
export function capturedCopyHtml(capture: Pick<SourceCapture, "requestedUrl" | "finalUrl" | "httpStatus" | "title" | "text" | "sha256" | "capturedAt" | "status" | "errorMessage">, language: "fr" | "en"): string {
  const w = WORDS[language];
  const row = (label: string, value: string | number | null | undefined) => (value === null || value === undefined ? "" : `<dt>${e(label)}</dt><dd>${e(String(value))}</dd>`);
  const body =
    capture.status === "captured"
      ? `<p class="note">${e(w.note)}</p><pre>${e(capture.text ?? "")}</pre>`
      : capture.status === "failed"
        ? `<p>${e(w.failed)}${capture.errorMessage ? `${w.colon}${e(capture.errorMessage)}` : "."}</p>`
        : `<p>${e(w.pending)}</p>`;
  return `<!doctype html>
<html lang="${language}"><head><meta charset="utf-8"><meta name="robots" content="noindex"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(w.heading)} — ${e(capture.title ?? capture.requestedUrl)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:50rem;margin:2rem auto;padding:0 1rem;color:#1c1d1f;background:#fff}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;font-size:.9rem}dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}pre{white-space:pre-wrap;overflow-wrap:anywhere;font:inherit;border-top:1px solid #ccc;padding-top:1rem}.note{color:#555;font-size:.9rem}</style>
</head><body><main>
<h1>${e(w.heading)}${capture.title ? `${w.colon}${e(capture.title)}` : ""}</h1>
<dl>${row(w.requested, capture.requestedUrl)}${capture.finalUrl !== capture.requestedUrl ? row(w.final, capture.finalUrl) : ""}${row(w.status, capture.httpStatus)}${row(w.capturedAt, capture.capturedAt ? new Intl.DateTimeFormat(language, { dateStyle: "long", timeStyle: "long", timeZone: "UTC" }).format(capture.capturedAt) : null)}${row(w.sha256, capture.sha256)}</dl>
${body}
</main></body></html>`;
}

/** The policy of a captured copy: nothing loads or runs (a sandbox without allow-scripts), inline style only. */
export const CAPTURED_COPY_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The answer carrying a captured copy. */
export function capturedCopyResponse(html: string): Response {
  return new Response(html, {
    headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": CAPTURED_COPY_CSP, "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store", "Referrer-Policy": "no-referrer" },
  });
}
