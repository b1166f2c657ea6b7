"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { acceptInvitationAction } from "@/app/(desk)/invite/[token]/actions";
import { useI18n } from "@/components/ui/i18n-provider";
import { useToast } from "@/components/ui/toast";

export function AcceptInvitationButton({ token }: { token: string }) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const [error, setError] = useState("");
  const [pending, startTransition] = useTransition();
  return (
    <>
      {error && <p className="form-error" role="alert">{error}</p>}
      <button
        className="button button-primary"
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await acceptInvitationAction(token);
            if (!result.ok) return setError(result.error);
            toast(t("invite.joined", { newsroom: result.data.name }));
            router.push(`/desk/${result.data.slug}`);
          })
        }
      >
        {t("invite.accept")}
      </button>
    </>
  );
}
