import { readFileSync } from "node:fs";
import path from "node:path";
import type { JSONContent } from "@tiptap/core";
import { Window } from "happy-dom";
import { addClaimMarks } from "@/lib/editor/add-claim-marks";
import { documentFromPlainText } from "@/lib/editor/document";
import type { PublishedClaim, PublishedVerdict, VersionSnapshot } from "@/lib/publish/snapshot";
import { DEFAULT_RATING_SCALE } from "@/lib/ratings";

const root = path.resolve(import.meta.dirname, "../../..");

export const XSS_PAYLOADS = readFileSync(path.join(root, "tests/fixtures/xss-payloads.txt"), "utf8").split("\n").filter(Boolean);

export const META_ARTICLE = readFileSync(path.join(root, "prisma/seed/meta-ia-donnees-personnelles.fr.txt"), "utf8");

export function verdict(key: (typeof DEFAULT_RATING_SCALE)[number]["key"]): PublishedVerdict {
  return { ...DEFAULT_RATING_SCALE.find((rating) => rating.key === key)! };
}

let nextId = 0;
/** A claim id shaped like the database's (a UUID), unique per test run. */
export function claimId(): string {
  nextId += 1;
  return `00000000-0000-4000-8000-${String(nextId).padStart(12, "0")}`;
}

export function claim(overrides: Partial<PublishedClaim> = {}): PublishedClaim {
  return {
    id: claimId(),
    type: "date",
    quotedText: "24 mai 2024",
    statement: "Meta a prévenu ses utilisateurs le 24 mai 2024.",
    claimant: { name: "Meta", kind: "organization", role: null, url: "https://about.meta.com/" },
    normalized: { date: "2024-05-24" },
    verdict: verdict("true"),
    rationale: "La notification est datée du 24 mai 2024.",
    sources: [
      {
        url: "https://about.fb.com/fr/news/2024/05/ia-chez-meta/",
        title: "L'IA chez Meta",
        publisher: "Meta",
        publishedAt: "2024-05-22",
        archiveUrl: "https://web.archive.org/web/20240524/https://about.fb.com/fr/news/2024/05/ia-chez-meta/",
        excerpt: "Nous nous préparons à étendre nos expériences en IA chez Meta à votre région.",
        kind: "official_statement",
        stance: "supports",
      },
    ],
    proposedBy: "Alice Martin",
    approvedBy: "Bruno Keller",
    anchor: null,
    ...overrides,
  };
}

export function snapshot(overrides: Partial<VersionSnapshot> = {}): VersionSnapshot {
  return {
    version: 1,
    title: "Meta et vos données personnelles : ce qui est vrai",
    language: "fr",
    newsroom: { name: "Les Vérificateurs", slug: "verif", publicUrl: "https://verif.example.org/" },
    article: {
      slug: "meta-ia",
      sourceUrl: "https://www.example.com/meta-ia-donnees-personnelles",
      sourcePublisher: "Exemple Tech",
      sourceAuthor: "Jeanne Dupont",
      sourcePublishedAt: "2024-05-24",
    },
    publishedAt: "2024-06-01T09:30:00.000Z",
    publishedBy: "Bruno Keller",
    changeNote: null,
    claims: [claim()],
    ...overrides,
  };
}

export const PAGE_URL = "https://factdesk.example.org/verif/meta-ia/v/1";

/**
 * A document from plain text (one paragraph per line) with claim marks on the
 * given quotes (their first occurrence at or after `after`).
 */
export function markedDocument(text: string, marks: { id: string; quote: string; after?: number; type?: string }[]): JSONContent {
  return addClaimMarks(
    documentFromPlainText(text).json,
    marks.map((mark) => ({ ...mark, type: mark.type ?? "other" })),
  );
}

export const text = (value: string, marks: JSONContent["marks"] = []): JSONContent => ({ type: "text", text: value, ...(marks.length ? { marks } : {}) });
export const paragraph = (...content: JSONContent[]): JSONContent => ({ type: "paragraph", content });
export const doc = (...content: JSONContent[]): JSONContent => ({ type: "doc", content });
export const claimMark = (id: string, type = "other") => ({ type: "claim", attrs: { id, type } });

let window: Window | undefined;

function domParser(): DOMParser {
  window ??= new Window({ settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  return new window.DOMParser() as unknown as DOMParser;
}

/** Parses a whole HTML document (a public page) the way a browser would, with script evaluation off. */
export function parsePage(html: string): Document {
  return domParser().parseFromString(html, "text/html");
}

/** Parses HTML the way a browser would, with script evaluation off. */
export function parseHtml(html: string): Document {
  return domParser().parseFromString(`<!doctype html><html><body>${html}</body></html>`, "text/html");
}

/** Parses XML (leniently: check well-formedness with xmlProblem). */
export function parseXml(xml: string): Document {
  return domParser().parseFromString(xml, "application/xml");
}

/**
 * Every element and attribute the HTML holds, from the raw string (so that
 * nothing a lenient parser would repair escapes the check) and from a parse.
 */
export function markupOf(html: string) {
  const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)];
  const rawElements = tags.map((tag) => tag[1].toLowerCase());
  const rawAttributes = tags.flatMap((tag) => [...tag[2].matchAll(/\s([^\s=/>]+)(?:="([^"]*)")?/g)].map((a) => ({ name: a[1].toLowerCase(), value: a[2] ?? "" })));
  const body = parseHtml(html).body;
  const parsed = [...body.querySelectorAll("*")];
  return {
    rawElements,
    rawAttributes,
    elements: parsed.map((element) => element.tagName.toLowerCase()),
    attributes: parsed.flatMap((element) => [...element.attributes].map((a) => ({ name: a.name.toLowerCase(), value: a.value }))),
    textContent: body.textContent ?? "",
    body,
  };
}

/**
 * A strict XML 1.0 well-formedness check of a document without a DTD: one
 * root, balanced tags, quoted and unique attributes, only the predefined and
 * numeric entity references, no raw `<` or `&` in text, no character XML
 * forbids. Returns the first problem, or null.
 */
export function xmlProblem(xml: string): string | null {
  if (/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u.test(xml)) return "a character XML cannot hold";
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: string[] = [];
  let roots = 0;
  const token = /<(\/?)([A-Za-z_][\w.-]*(?::[\w.-]+)?)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|([^<]+)|(<)/g;
  const goodText = (value: string) => !/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(value);
  for (const match of body.matchAll(token)) {
    const [, closing, name, attributes, selfClosing, chars, stray] = match;
    if (stray) return `a stray "<" at ${match.index}`;
    if (chars !== undefined) {
      if (stack.length === 0 && chars.trim() !== "") return "text outside the root element";
      if (!goodText(chars) || chars.includes("]]>")) return `bad text at ${match.index}`;
      continue;
    }
    if (!name) continue; // comment or CDATA
    if (closing) {
      if (stack.pop() !== name) return `</${name}> does not close the open element`;
      continue;
    }
    const names = [...(attributes ?? "").matchAll(/([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)];
    if (new Set(names.map((a) => a[1])).size !== names.length) return `a repeated attribute on <${name}>`;
    if (names.some((a) => !goodText(a[2] ?? a[3]))) return `a bad attribute value on <${name}>`;
    if (stack.length === 0) roots += 1;
    if (!selfClosing) stack.push(name);
  }
  if (stack.length) return `<${stack.at(-1)}> is not closed`;
  return roots === 1 ? null : `${roots} root elements`;
}
