"use client";

import { signOut } from "next-auth/react";
import { useI18n } from "@/components/ui/i18n-provider";
import { IntentLink } from "@/components/ui/intent-link";

export function SignOutForm() {
  const { t } = useI18n();
  return (
    <div className="toolbar">
      <button className="button button-primary" type="button" onClick={() => signOut({ callbackUrl: "/signin" })}>
        {t("signout.submit")}
      </button>
      <IntentLink className="button" href="/desk">
        {t("signout.cancel")}
      </IntentLink>
    </div>
  );
}
