import { compactJson, nonBlank } from "./compact-json";
import { newsroomUrl } from "./newsroom-url";
import type { PublishedClaim, PublishedSource, VersionSnapshot } from "./snapshot";
import { verdictDisplay } from "./verdict-display";
import { webUrl } from "./web-url";

type JsonLd = Record<string, unknown>;

function timestamp(iso: string): string | undefined {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * A source as a linking body: the document itself, the passage that supports
 * the verdict as a quote selector on it, and the archived copy as the W3C
 * TimeState's `cached` copy. Sources that are not http(s) are left out.
 */
function sourceBody(source: PublishedSource): JsonLd | undefined {
  const url = webUrl(source.url);
  if (!url) return undefined;
  const excerpt = nonBlank(source.excerpt);
  const archive = webUrl(source.archiveUrl);
  return compactJson({
    type: "SpecificResource",
    purpose: "linking",
    source: compactJson({ id: url, title: nonBlank(source.title), creator: nonBlank(source.publisher) }),
    selector: excerpt ? { type: "TextQuoteSelector", exact: excerpt } : undefined,
    state: archive ? { type: "TimeState", cached: archive } : undefined,
  });
}

function annotation(claim: PublishedClaim, snapshot: VersionSnapshot, ids: { page: string; collection: string }, creator: JsonLd): JsonLd {
  const language = nonBlank(snapshot.language);
  const rationale = nonBlank(claim.rationale);
  const anchor = claim.anchor;
  return compactJson({
    id: `${ids.collection}#${encodeURIComponent(claim.id)}`,
    type: "Annotation",
    motivation: "assessing",
    created: timestamp(snapshot.publishedAt),
    creator,
    body: [
      compactJson({ type: "TextualBody", purpose: "assessing", value: verdictDisplay(claim.verdict, snapshot.language).label, format: "text/plain", language }),
      ...(rationale ? [compactJson({ type: "TextualBody", purpose: "commenting", value: rationale, format: "text/plain", language })] : []),
      ...claim.sources.flatMap((source) => sourceBody(source) ?? []),
    ],
    target: compactJson({
      type: "SpecificResource",
      source: ids.page,
      // Offsets and quote are in the article's plain text (blocks joined by "\n"), as the API gives it.
      selector: anchor
        ? [
            { type: "TextQuoteSelector", exact: anchor.exact, prefix: anchor.prefix, suffix: anchor.suffix },
            { type: "TextPositionSelector", start: anchor.start, end: anchor.end },
          ]
        : undefined,
    }),
  });
}

/**
 * The W3C Web Annotation export of one version: an AnnotationCollection
 * (served at `{pageUrl}/annotations.jsonld`) whose single embedded page holds
 * one `assessing` Annotation per claim — the verdict and the rationale as
 * textual bodies, each source as a linking body, the claim's place in the text
 * as a TextQuoteSelector and an equivalent TextPositionSelector.
 */
export function webAnnotations(snapshot: VersionSnapshot, pageUrl: string): object {
  const page = new URL(pageUrl);
  page.hash = "";
  const collection = new URL(page);
  collection.search = "";
  collection.pathname = `${collection.pathname.replace(/\/$/, "")}/annotations.jsonld`;
  const ids = { page: page.href, collection: collection.href };
  const homepage = newsroomUrl(snapshot.newsroom, page.href);
  const creator = { id: homepage, type: "Organization", name: snapshot.newsroom.name, homepage };
  const items = snapshot.claims.map((claim) => annotation(claim, snapshot, ids, creator));
  return {
    "@context": ["http://www.w3.org/ns/anno.jsonld"],
    id: ids.collection,
    type: "AnnotationCollection",
    label: `${snapshot.title} (version ${snapshot.version})`,
    creator,
    total: items.length,
    // The Web Annotation model keeps items on pages; one embedded page holds them all.
    first: { id: `${ids.collection}#page-1`, type: "AnnotationPage", startIndex: 0, items },
  };
}
