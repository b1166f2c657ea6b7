"use client";

import { signOut } from "next-auth/react";
import Link from "next/link";
import { useI18n } from "@/components/ui/i18n-provider";

export function SignOutForm() {
  const { t } = useI18n();
  return (
    <div className="toolbar">
      <button className="button button-primary" type="button" onClick={() => signOut({ callbackUrl: "/signin" })}>
        {t("signout.submit")}
      </button>
      <Link className="button" href="/desk">
        {t("signout.cancel")}
      </Link>
    </div>
  );
}
