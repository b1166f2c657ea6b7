/** The claimant proposed for a quote, for the claim card: the detector's speaker with its kind and role. */
import { guessLanguage } from "./language";
import { scanQuotes } from "./quotes";
import type { SpeakerCandidate } from "./speaker-kind";
import { findSpeaker, type QuoteSpeakerState } from "./speakers";
import type { Lang } from "./types";

export type { SpeakerCandidate, SpeakerKind } from "./speaker-kind";

/**
 * Who said the quote at [quoteStart, quoteEnd) of `text`, or null when the text does not name
 * them plainly (never a place, a date or a publication). For a quote the detector found, the same
 * speaker as its `normalized.speaker`; a span marked by hand is attributed the same way.
 */
export function speakerCandidate(text: string, quoteStart: number, quoteEnd: number, lang: Lang = guessLanguage(text)): SpeakerCandidate | null {
  let prev: QuoteSpeakerState | null = null;
  for (const quote of scanQuotes({ text, lang, published: null }, quoteStart + 1)) {
    if (quote.span.start === quoteStart && quote.span.end === quoteEnd) return quote.speaker;
    if (quote.span.end <= quoteStart) prev = quote;
  }
  const paragraph = text.lastIndexOf("\n", quoteStart - 1) + 1;
  return findSpeaker(text, { start: quoteStart, end: quoteEnd }, lang, prev, paragraph).speaker;
}
