import type { JSONContent } from "@tiptap/core";
import { documentFromJson } from "@/lib/editor/document";
import type { Actor } from "@/lib/server/actor";
import { createArticle } from "@/lib/server/create-article";

const WORDS = "le gouvernement a annoncé que les données personnelles des utilisateurs seront protégées selon la loi et le règlement européen dès le mois prochain".split(" ");

/**
 * A long article for benchmarks: `words` words in paragraphs of ~100 words,
 * with `claims` claim marks spread evenly (ids from `claimIds`).
 */
export function bigArticleJson(words: number, claimIds: string[]): JSONContent {
  const paragraphs: JSONContent[] = [];
  const perParagraph = 100;
  const paragraphsCount = Math.ceil(words / perParagraph);
  const claimsPerParagraph = Math.ceil(claimIds.length / paragraphsCount);
  let claim = 0;
  for (let p = 0; p < paragraphsCount; p++) {
    const content: JSONContent[] = [];
    const chunk = Array.from({ length: perParagraph }, (_, i) => WORDS[(p * perParagraph + i) % WORDS.length]);
    const step = Math.floor(perParagraph / (claimsPerParagraph + 1));
    let last = 0;
    for (let c = 1; c <= claimsPerParagraph && claim < claimIds.length; c++) {
      const at = c * step;
      content.push({ type: "text", text: `${chunk.slice(last, at).join(" ")} ` });
      content.push({ type: "text", text: chunk.slice(at, at + 3).join(" "), marks: [{ type: "claim", attrs: { id: claimIds[claim++], type: "other" } }] });
      content.push({ type: "text", text: " " });
      last = at + 3;
    }
    content.push({ type: "text", text: `${chunk.slice(last).join(" ")}.` });
    paragraphs.push({ type: "paragraph", content });
  }
  return { type: "doc", content: paragraphs };
}

/** A draft whose body is `json`, claim marks kept, created as the paste form creates one (live document included). */
export function makeArticleFromJson(actor: Actor, title: string, json: JSONContent) {
  return createArticle({
    actor,
    input: { title, language: "fr", sourceUrl: undefined, sourcePublisher: undefined, sourceAuthor: undefined, sourcePublishedAt: undefined },
    body: documentFromJson(json, { keepClaims: true }),
  });
}
