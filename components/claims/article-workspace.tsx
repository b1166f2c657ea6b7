"use client";

import type { Editor } from "@tiptap/react";
import { TextSelection } from "@tiptap/pm/state";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { createClaimAction, getClaimAction } from "@/app/(desk)/desk/[newsroom]/articles/[slug]/claim-actions";
import { claimLooks } from "@/components/editor/claim-looks";
import type { OpenedBy } from "@/components/editor/claim-keyboard";
import type { ClaimTypeKey } from "@/components/editor/claim-types";
import { CollaborativeEditor } from "@/components/editor/collaborative-editor";
import { colorOf } from "@/components/editor/collaborator";
import { ConnectionStatus } from "@/components/editor/connection-status";
import { DerivedContentStatus } from "@/components/editor/derived-content-status";
import { PresenceBar } from "@/components/editor/presence-bar";
import { useShareActivity } from "@/components/editor/use-presence";
import { FirstView, type FirstViewText } from "@/components/editor/first-view";
import { useCollaboration, useConnection } from "@/components/editor/use-collaboration";
import { useI18n } from "@/components/ui/i18n-provider";
import { useToast } from "@/components/ui/toast";
import type { ActionResult } from "@/lib/actions/safe-action";
import { claimAnchors, removeClaimMark, type ClaimAnchor } from "@/lib/editor/claim-anchors";
import { CLAIM_MARK } from "@/lib/editor/claim-mark";
import { proposedStatement } from "@/lib/editor/proposed-statement";
import { can, type Role } from "@/lib/policies";
import type { ArticleClaims, ClaimRow, ClaimWithDetails } from "@/lib/server/list-claims";
import { ClaimPanel, hasDetails } from "./claim-panel";
import { ClaimSheet, SHEET_MEDIA } from "./claim-sheet";
import { ClaimSuggestions } from "./claim-suggestions";
import { ClaimWorkspaceContext, type ClaimWorkspace } from "./claim-context";

type Props = {
  newsroomSlug: string;
  articleId: string;
  article: { language: string; published: string | null };
  /** "type|text" of the suggestions dismissed for this article. */
  dismissed: string[];
  user: { id: string; name: string };
  role: Role;
  collab: { url: string; document: string; token: string };
  /** Claims as rows: a card's details are read when it opens, and kept. */
  initial: ArticleClaims<ClaimRow>;
  /** The server's text shown until the live editor holds it, or null. */
  firstView: FirstViewText | null;
};

function sameAnchors(a: ClaimAnchor[], b: ClaimAnchor[]): boolean {
  return a.length === b.length && a.every((anchor, i) => anchor.claimId === b[i].claimId && anchor.text === b[i].text);
}

/**
 * The article's desk: the live text (Yjs via Hocuspocus) beside the claim
 * panel (PostgreSQL via server actions). A change to a claim anywhere arrives
 * as a stateless "claim-changed" message; the claim is then read again.
 */
export function ArticleWorkspace({ newsroomSlug, articleId, article, dismissed: initiallyDismissed, user, role, collab, initial, firstView }: Props) {
  const { t, locale } = useI18n();
  const toast = useToast();
  const live = useCollaboration(articleId, collab);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [claims, setClaims] = useState<(ClaimRow | ClaimWithDetails)[]>(initial.claims);
  const [anchors, setAnchors] = useState<ClaimAnchor[]>([]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // A card opened by a click in the text, beside it, leaves the caret where the click put it (people click
  // into highlighted words to edit them); opened from the keyboard or the panel, or as a sheet over the text, it takes the focus.
  const cardFocus = useRef(true);
  const openClaim = useCallback((claimId: string | null, takesFocus = true) => {
    cardFocus.current = takesFocus;
    setSelectedId(claimId);
  }, []);
  const [dismissed, setDismissed] = useState(() => new Set(initiallyDismissed));
  const refused = useConnection(live, (connection) => connection.state === "refused");
  const readOnly = !can({ newsroomId: "", role }, "article.edit") || refused;

  const upsert = useCallback((claim: ClaimWithDetails) => {
    setClaims((list) => (list.some((c) => c.id === claim.id) ? list.map((c) => (c.id === claim.id ? claim : c)) : [...list, claim]));
  }, []);

  /** Reads a claim again (with its details) into the list; resolves to the error when it could not. */
  const refreshClaim = useCallback(
    async (claimId: string) => {
      const result = await getClaimAction(newsroomSlug, claimId).catch(() => ({ ok: false as const, error: t("common.error") }));
      if (!result.ok) return result.error;
      upsert(result.data);
      return null;
    },
    [newsroomSlug, upsert, t],
  );

  // The open card's details (sources, comments, names) are read the first time it opens.
  const selectedNeedsDetails = claims.some((c) => c.id === selectedId && !hasDetails(c));
  useEffect(() => {
    if (!selectedId || !selectedNeedsDetails) return;
    let current = true;
    // refreshClaim sets state only once the server has answered, not during the effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void refreshClaim(selectedId).then((error) => {
      if (!error || !current) return;
      toast(error, "error");
      setSelectedId(null);
    });
    return () => {
      current = false;
    };
  }, [selectedId, selectedNeedsDetails, refreshClaim, toast]);

  // Anchors follow the text (debounced: the panel does not need every keystroke).
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout>;
    // The panel only needs the claims' order and text: typing elsewhere does not re-render it.
    const read = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const next = claimAnchors(editor.state.doc);
        setAnchors((current) => (sameAnchors(current, next) ? current : next));
      }, 150);
    };
    read();
    editor.on("update", read);
    return () => {
      clearTimeout(timer);
      editor.off("update", read);
    };
  }, [editor]);

  // Highlights: colour and icon by verdict once rated, by type before.
  const looks = useMemo(() => claimLooks(claims, initial.ratings, { t, locale }), [claims, initial.ratings, locale, t]);

  useEffect(() => {
    if (!live) return;
    const onStateless = ({ payload }: { payload: string }) => {
      try {
        const message = JSON.parse(payload) as { type?: string; claimId?: string };
        if (message.type === "claim-changed" && message.claimId) void refreshClaim(message.claimId);
      } catch {
        // Not ours: ignore.
      }
    };
    live.provider.on("stateless", onStateless);
    return () => void live.provider.off("stateless", onStateless);
  }, [live, refreshClaim]);

  const run = useCallback<ClaimWorkspace["run"]>(
    async <T,>(claimId: string | null, action: () => Promise<ActionResult<T>>, success?: string) => {
      const result = await action().catch(() => ({ ok: false as const, status: 500, error: t("common.error") }));
      if (result.ok) {
        if (success) toast(success);
        const data = result.data as unknown;
        if (data && typeof data === "object" && "sources" in data) upsert(data as ClaimWithDetails);
        else if (claimId) await refreshClaim(claimId);
      } else {
        toast(result.status === 409 ? t("claims.conflict") : result.error, "error");
        if (result.status === 409 && claimId) await refreshClaim(claimId);
      }
      return result;
    },
    [refreshClaim, t, toast, upsert],
  );

  /**
   * Marks a range (the selection by default) as a claim: the mark goes into the
   * live text at once, the row is created on the server, and the mark is taken
   * back if the server refuses. Resolves to whether the claim exists.
   */
  const markClaim = useCallback(
    async (type: ClaimTypeKey, options: { range?: { from: number; to: number }; normalized?: Record<string, unknown>; existing?: ClaimRow; open?: boolean } = {}) => {
      if (!editor) return false;
      const { from, to } = options.range ?? editor.state.selection;
      if (from === to) return false;
      const id = options.existing?.id ?? crypto.randomUUID();
      const quotedText = editor.state.doc.textBetween(from, to, " ");
      editor.chain().setTextSelection({ from, to }).setMark(CLAIM_MARK, { id, type }).setTextSelection(to).run();
      if (options.existing) return true;
      const statement = proposedStatement(editor.state.doc, from, to);
      const result = await createClaimAction(newsroomSlug, { id, articleId, type, quotedText, normalized: options.normalized, statement, statementProposed: true });
      if (result.ok) {
        await refreshClaim(id);
        if (options.open !== false) openClaim(id);
        toast(t("claims.created"));
        return true;
      }
      editor.view.dispatch(removeClaimMark(editor.state.tr, id));
      toast(result.fields ? Object.values(result.fields)[0] : result.error, "error");
      return false;
    },
    [articleId, editor, newsroomSlug, refreshClaim, openClaim, t, toast],
  );

  const focusText = useCallback(
    (claimId: string) => {
      if (!editor) return;
      const anchor = claimAnchors(editor.state.doc).find((a) => a.claimId === claimId);
      if (anchor) editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, anchor.from, anchor.to)).scrollIntoView());
      editor.view.focus();
    },
    [editor],
  );

  // Stable callbacks for the editor's keyboard extension, which is created once.
  const markRef = useRef(markClaim);
  useEffect(() => {
    markRef.current = markClaim;
  }, [markClaim]);
  const onMarkClaim = useCallback((type: ClaimTypeKey) => void markRef.current(type), []);
  const onOpenClaim = useCallback(
    (claimId: string, by: OpenedBy) => openClaim(claimId, by === "keyboard" || window.matchMedia(SHEET_MEDIA).matches),
    [openClaim],
  );
  const cardTakesFocus = useCallback(() => cardFocus.current, []);
  const onReady = useCallback((ready: Editor) => setEditor(ready), []);
  useShareActivity(live, selectedId);
  const claimText = useCallback((claimId: string) => claims.find((c) => c.id === claimId)?.quotedText ?? null, [claims]);
  const caretUser = useMemo(() => ({ name: user.name, color: colorOf(user.id) }), [user.name, user.id]);

  const workspace = useMemo<ClaimWorkspace>(
    () => ({
      newsroomSlug,
      articleId,
      userId: user.id,
      role,
      ratings: initial.ratings,
      members: initial.members,
      sourcing: initial.sourcing,
      run,
      refreshClaim,
      anchorText: (claimId) => anchors.find((a) => a.claimId === claimId)?.text ?? null,
      reattach: (claim) => {
        if (editor?.state.selection.empty) toast(t("claims.selectToReattach"), "error");
        else void markClaim(claim.type as ClaimTypeKey, { existing: claim });
      },
      focusText,
      cardTakesFocus,
    }),
    [newsroomSlug, articleId, user.id, role, initial.ratings, initial.members, initial.sourcing, run, refreshClaim, anchors, editor, markClaim, focusText, cardTakesFocus, toast, t],
  );

  return (
    <ClaimWorkspaceContext.Provider value={workspace}>
      <div className="workspace">
        <div className="workspace-text card">
          <div className="workspace-bar">
            {live ? <PresenceBar live={live} claimText={claimText} /> : null}
            {live ? <ConnectionStatus live={live} /> : null}
          </div>
          {live ? <DerivedContentStatus live={live} /> : null}
          <FirstView text={firstView} live={live} editor={editor} readOnly={readOnly} onOpenClaim={onOpenClaim}>
            {live ? (
              <CollaborativeEditor
                live={live}
                user={caretUser}
                readOnly={readOnly}
                looks={looks}
                onReady={onReady}
                onMarkClaim={onMarkClaim}
                onOpenClaim={onOpenClaim}
              />
            ) : (
              <p className="muted">{t("editor.loading")}</p>
            )}
          </FirstView>
        </div>
        <ClaimSheet open={selectedId !== null}>
          {editor && !readOnly && !selectedId && (
            <ClaimSuggestions
              editor={editor}
              language={article.language}
              published={article.published}
              dismissed={dismissed}
              onDismissed={(key) => setDismissed((set) => new Set(set).add(key))}
              onAccept={(s) => markClaim(s.type, { range: s, normalized: s.normalized, open: false })}
            />
          )}
          <ClaimPanel claims={claims} anchors={anchors} selectedId={selectedId} onSelect={openClaim} />
        </ClaimSheet>
      </div>
    </ClaimWorkspaceContext.Provider>
  );
}
