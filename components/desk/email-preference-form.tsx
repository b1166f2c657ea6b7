"use client";

import { useState, useTransition } from "react";
import { setEmailNotificationsAction } from "@/app/(desk)/desk/[newsroom]/profile/actions";
import { useI18n } from "@/components/ui/i18n-provider";
import { useToast } from "@/components/ui/toast";

/** Turns the person's notification emails on or off; saved at once. */
export function EmailPreferenceForm({ enabled }: { enabled: boolean }) {
  const { t } = useI18n();
  const toast = useToast();
  const [checked, setChecked] = useState(enabled);
  const [pending, startTransition] = useTransition();

  function change(next: boolean) {
    setChecked(next);
    startTransition(async () => {
      const result = await setEmailNotificationsAction({ emailNotifications: next });
      if (!result.ok) setChecked(!next);
      toast(result.ok ? t("profile.saved") : result.error, result.ok ? "info" : "error");
    });
  }

  return (
    <fieldset className="card stack email-preference" aria-busy={pending || undefined}>
      <legend>{t("profile.emails")}</legend>
      <p className="muted small" id="emails-hint">
        {t("profile.emailsHint")}
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={checked} onChange={(e) => change(e.target.checked)} aria-describedby="emails-hint" data-testid="email-notifications" /> {t("profile.emailsOn")}
      </label>
    </fieldset>
  );
}
