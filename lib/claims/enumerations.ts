/**
 * Counts that share one noun: "212 contrôles : 97 sur place, 61 en ligne et 54 sur pièces",
 * "17 772 plaintes, dont 612 … et 488 …", "111 NHS services (43 in England, 38 in Scotland and
 * 30 in Wales)". A bare figure in the list that follows a counted noun counts that noun.
 */
import type { Candidate } from "./types";

const SP = "[ \\u00a0\\u202f]";
/** What may stand between the counted noun and the list: a few words, no figure but a year, no sentence end. */
const QUALIFIER = `(?:${SP}+(?:[^\\s\\d.!?;:,()«»“”"]+|(?:19|20)\\d\\d)){0,8}?`;
const OPENER = new RegExp(
  `${QUALIFIER}${SP}*(?::|\\(|[—–]|,${SP}*(?:dont|soit|parmi eux|parmi elles|parmi lesquels|parmi lesquelles|of which|of whom|including|among them))${SP}*`,
  "iuy",
);
/** "Of the 212 inspections, 97 were on site and 61 remote", "Sur les 331 mises en demeure, 212 ont été levées". */
const PARTITION_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:of|out of|among|sur|parmi)${SP}+(?:the|these|those|les|ces)${SP}+$`, "iu");
const PARTITION = new RegExp(`${QUALIFIER}${SP}*,${SP}*`, "iuy");
/** From one item of the list to the next: its own words, then ",", ";", "et", "and", "ou", "or". */
const NEXT_ITEM = new RegExp(`[^\\d.!?;:()\\n«»“”"]{0,60}?(?:,|;|${SP}(?:et|and|ou|or))${SP}*(?=\\d)`, "iuy");
const MAX_ITEMS = 12;

function opening(text: string, head: Candidate): RegExpExecArray | null {
  OPENER.lastIndex = head.end;
  const open = OPENER.exec(text);
  if (open || !PARTITION_BEFORE.test(text.slice(Math.max(0, head.start - 12), head.start))) return open;
  PARTITION.lastIndex = head.end;
  return PARTITION.exec(text);
}

const isShareable = (unit: unknown): unit is string => typeof unit === "string" && unit !== "%" && unit !== "percentage points";

/**
 * The figures of an enumeration that have no unit of their own, with the unit of the count before
 * the list: the bare ones (no claim by themselves) become claims, the others get the unit. `claims`
 * and `bare` hold the digit numbers of the text; the result replaces those it names.
 */
export function enumeratedCounts(text: string, claims: Candidate[], bare: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const starts = new Map<number, { c: Candidate; bare: boolean }>();
  for (const c of claims) starts.set(c.start, { c, bare: false });
  for (const c of bare) starts.set(c.start, { c, bare: true });
  for (const head of claims) {
    if (!isShareable(head.normalized.unit)) continue;
    const open = opening(text, head);
    if (!open) continue;
    let at = head.end + open[0].length;
    for (let n = 0; n < MAX_ITEMS; n++) {
      const item = starts.get(at);
      if (!item) break;
      // "750 millions d'euros …, dont 25 millions en France": the list's figures take the count's unit.
      if (item.bare || item.c.normalized.unit === undefined) out.push({ ...item.c, normalized: { ...item.c.normalized, unit: head.normalized.unit } });
      NEXT_ITEM.lastIndex = item.c.end;
      const next = NEXT_ITEM.exec(text);
      if (!next) break;
      at = item.c.end + next[0].length;
    }
  }
  return out;
}
