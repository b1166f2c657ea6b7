"use client";

import type { Editor } from "@tiptap/react";
import { useEffect, useState } from "react";
import { checkSuggestionsAction, dismissSuggestionAction } from "@/app/(desk)/desk/[newsroom]/articles/[slug]/claim-actions";
import { CLAIM_TYPE_ICONS } from "@/components/editor/claim-types";
import { suggestionDecorationsKey } from "@/components/editor/suggestion-decorations";
import { useI18n } from "@/components/ui/i18n-provider";
import { detectClaims, type ClaimType } from "@/lib/claims/detect-claims";
import { sentenceAround } from "@/lib/claims/statement";
import type { SimilarClaim } from "@/lib/server/find-similar-claims";
import { MAX_CHECKED_SUGGESTIONS } from "@/lib/validation/claim";
import { claimAnchors } from "@/lib/editor/claim-anchors";
import { textPositions } from "@/lib/editor/text-positions";
import { useClaimWorkspace } from "./claim-context";

export type Suggestion = { key: string; type: ClaimType; text: string; from: number; to: number; normalized: Record<string, unknown>; sentence: string };

type Props = {
  editor: Editor;
  language: string;
  published: string | null;
  dismissed: Set<string>;
  onDismissed: (key: string) => void;
  onAccept: (suggestion: Suggestion) => Promise<boolean>;
};

const TYPES: ClaimType[] = ["date", "quote", "legal_basis", "number"];

function formatValue(normalized: Record<string, unknown>): string {
  return Object.entries(normalized)
    .map(([key, value]) => `${key}: ${String(value)}`)
    .join(", ");
}

/** "Already checked: Misleading" beside a suggestion claim memory recognized, with a link to the earlier check. */
function SuggestionMemory({ match }: { match: SimilarClaim }) {
  const { t } = useI18n();
  const words = `${t("claims.alreadyChecked")}: ${match.verdict}`;
  return (
    <span className="badge suggestion-memory" data-testid="suggestion-already-checked" title={match.statement}>
      {match.url ? (
        <a href={match.url} target="_blank" rel="noopener noreferrer">
          {words}
        </a>
      ) : (
        words
      )}
    </span>
  );
}

/**
 * "Suggest claims": runs the detector on the live text (in the browser),
 * leaves out what is already claimed or was dismissed, highlights the rest
 * softly; each is accepted (becomes a claim) or dismissed (remembered).
 */
export function ClaimSuggestions({ editor, language, published, dismissed, onDismissed, onAccept }: Props) {
  const { t } = useI18n();
  const w = useClaimWorkspace();
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  const [earlier, setEarlier] = useState<Record<string, SimilarClaim>>({});

  // The soft highlights follow the list (an accept or dismiss may end after another one began).
  useEffect(() => {
    if (!editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(suggestionDecorationsKey, suggestions ?? []));
  }, [editor, suggestions]);
  const without = (gone: (s: Suggestion) => boolean) => setSuggestions((current) => current && current.filter((s) => !gone(s)));

  function suggest() {
    const { text, toPos } = textPositions(editor.state.doc);
    const claimed = claimAnchors(editor.state.doc);
    const found = detectClaims(text, { lang: language === "en" ? "en" : language === "fr" ? "fr" : undefined, published: published ?? undefined })
      .map((c) => {
        const sentence = sentenceAround(text, c.start, c.end);
        return { key: `${c.type}|${c.text}|${c.start}`, type: c.type, text: c.text, from: toPos(c.start), to: toPos(c.end), normalized: c.normalized, sentence: text.slice(sentence.start, sentence.end) };
      })
      .filter((s) => !dismissed.has(`${s.type}|${s.text}`) && !claimed.some((a) => a.from < s.to && s.from < a.to));
    setSuggestions(found);
    void lookUp(found);
  }

  /** Claim memory for the first suggestions: "already checked" beside those checked before. */
  async function lookUp(found: Suggestion[]) {
    const asked = found.slice(0, MAX_CHECKED_SUGGESTIONS).map(({ key, type, text, sentence }) => ({ key, type, text, sentence }));
    if (asked.length === 0) return;
    const result = await checkSuggestionsAction(w.newsroomSlug, { articleId: w.articleId, suggestions: asked });
    if (result.ok) setEarlier(result.data);
  }

  async function accept(list: Suggestion[]) {
    const accepted = new Set<string>();
    for (const suggestion of list) if (await onAccept(suggestion)) accepted.add(suggestion.key);
    without((s) => accepted.has(s.key));
  }

  async function dismiss(suggestion: Suggestion) {
    const result = await w.run(null, () => dismissSuggestionAction(w.newsroomSlug, { articleId: w.articleId, type: suggestion.type, text: suggestion.text }));
    if (!result.ok) return;
    onDismissed(`${suggestion.type}|${suggestion.text}`);
    without((s) => s.type === suggestion.type && s.text === suggestion.text);
  }

  if (!suggestions) {
    return (
      <button type="button" className="button button-small" onClick={suggest} data-testid="suggest-claims">
        {t("suggestions.run")}
      </button>
    );
  }
  return (
    <section className="suggestions" aria-labelledby="suggestions-heading" data-testid="suggestions">
      <div className="toolbar">
        {/* h2: it comes before the claim list's own h2, under the page's h1. */}
        <h2 id="suggestions-heading" className="small suggestions-heading">
          {t("suggestions.title", { count: suggestions.length })}
        </h2>
        <button type="button" className="button button-small" onClick={() => setSuggestions(null)}>
          {t("common.close")}
        </button>
      </div>
      {suggestions.length === 0 && <p className="muted small">{t("suggestions.none")}</p>}
      {TYPES.map((type) => {
        const ofType = suggestions.filter((s) => s.type === type);
        if (ofType.length === 0) return null;
        return (
          <div key={type} className="suggestion-group">
            <div className="toolbar">
              <strong className="small">
                {CLAIM_TYPE_ICONS[type]} {t(`claimType.${type}`)} ({ofType.length})
              </strong>
              <button type="button" className="button button-small" onClick={() => accept(ofType)} data-testid={`accept-all-${type}`}>
                {t("suggestions.acceptAll")}
              </button>
            </div>
            <ul className="suggestion-list">
              {ofType.map((s) => (
                <li key={s.key} className="suggestion" data-testid="suggestion">
                  <span className="suggestion-text">{s.text}</span>
                  {Object.keys(s.normalized).length > 0 && <span className="muted small">{formatValue(s.normalized)}</span>}
                  {earlier[s.key] && <SuggestionMemory match={earlier[s.key]} />}
                  <span className="suggestion-actions">
                    <button type="button" className="button button-small" onClick={() => accept([s])} aria-label={`${t("suggestions.accept")}: ${s.text}`}>
                      ✓ {t("suggestions.accept")}
                    </button>
                    <button type="button" className="button button-small" onClick={() => dismiss(s)} aria-label={`${t("suggestions.dismiss")}: ${s.text}`}>
                      ✗ {t("suggestions.dismiss")}
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
