"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { markAllNotificationsReadAction } from "@/app/(desk)/desk/[newsroom]/inbox/actions";
import { useI18n } from "@/components/ui/i18n-provider";
import { useToast } from "@/components/ui/toast";

export function MarkAllReadButton({ newsroomSlug }: { newsroomSlug: string }) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  async function markAll() {
    setBusy(true);
    const result = await markAllNotificationsReadAction(newsroomSlug);
    setBusy(false);
    if (!result.ok) return toast(result.error, "error");
    toast(t("inbox.allRead"));
    router.refresh();
  }
  return (
    <button type="button" className="button" onClick={markAll} disabled={busy} aria-busy={busy || undefined}>
      {t("inbox.markAllRead")}
    </button>
  );
}
