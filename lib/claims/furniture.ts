/**
 * Page furniture: short lines that are bylines, photo credits, update stamps or agency credits
 * ("Photo : AFP", "Mis à jour le 25/11/2024 à 18h45", "Reporting by …"). Claims there are not claims.
 */
import type { Span } from "./types";

const MAX_LINE = 250;
const FURNITURE_START =
  /^[ \t\u00a0]*(?:\(?(?:photo|photos|crédits?|credits?|illustration|image|vidéo|video)\b|©|mis à jour|mise à jour|publié le|publiée le|updated|published|par [\p{Lu}]|by [\p{Lu}]|reporting by|editing by|writing by|additional reporting|avec afp|with reuters|lire aussi|read more|à lire aussi|see also)/iu;

/** Spans of furniture lines, found in one pass over the text. */
export function furnitureSpans(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    if (end - start <= MAX_LINE && FURNITURE_START.test(text.slice(start, Math.min(end, start + 40)))) out.push({ start, end });
    start = end + 1;
  }
  return out;
}
