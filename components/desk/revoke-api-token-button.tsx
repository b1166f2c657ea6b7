"use client";

import { useRouter } from "next/navigation";
import { useId, useRef, useTransition } from "react";
import { revokeApiTokenAction } from "@/app/(desk)/desk/[newsroom]/tokens/actions";
import { useI18n } from "@/components/ui/i18n-provider";
import { useToast } from "@/components/ui/toast";

type Props = { newsroomSlug: string; tokenId: string; name: string; focusAfterRevoke: string };

/**
 * Revokes after a confirmation in a modal <dialog>: the browser keeps focus in
 * it, Escape cancels and focus goes back to the button. Once revoked the button
 * is gone, so focus moves to `focusAfterRevoke` (an element id) instead.
 */
export function RevokeApiTokenButton({ newsroomSlug, tokenId, name, focusAfterRevoke }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [pending, startTransition] = useTransition();
  const id = useId();

  function revoke() {
    startTransition(async () => {
      const result = await revokeApiTokenAction(newsroomSlug, { tokenId });
      dialog.current?.close();
      toast(result.ok ? t("tokens.revokeDone") : result.error, result.ok ? "info" : "error");
      if (result.ok) document.getElementById(focusAfterRevoke)?.focus();
      router.refresh();
    });
  }

  return (
    <>
      <button className="button button-small button-danger" type="button" aria-label={t("tokens.revokeLabel", { name })} onClick={() => dialog.current?.showModal()}>
        {t("tokens.revoke")}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`}>
        <h2 id={`${id}-title`}>{t("tokens.revokeTitle", { name })}</h2>
        <p id={`${id}-body`}>{t("tokens.revokeBody")}</p>
        <div className="dialog-actions">
          {/* First in the dialog, so it has focus when the dialog opens: Enter does no harm. */}
          <button className="button" type="button" onClick={() => dialog.current?.close()}>
            {t("common.cancel")}
          </button>
          <button className="button button-danger" type="button" disabled={pending} onClick={revoke}>
            {pending ? t("tokens.revoking") : t("tokens.revokeConfirm")}
          </button>
        </div>
      </dialog>
    </>
  );
}
