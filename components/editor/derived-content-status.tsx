"use client";

import { useEffect, useState } from "react";
import { useI18n } from "@/components/ui/i18n-provider";
import type { Collaboration } from "./use-collaboration";

/**
 * Says so when the article's text could not be saved from the live document
 * for search, the API and publishing (the collaboration server sends
 * "derived-failed" with the reason, and "derived-ok" once a later refresh works).
 */
export function DerivedContentStatus({ live }: { live: Collaboration }) {
  const { t } = useI18n();
  const [reason, setReason] = useState<string | null>(null);
  useEffect(() => {
    const onStateless = ({ payload }: { payload: string }) => {
      let message: { type?: string; reason?: unknown };
      try {
        message = JSON.parse(payload);
      } catch {
        return;
      }
      if (message.type === "derived-failed") setReason(String(message.reason ?? ""));
      else if (message.type === "derived-ok") setReason(null);
    };
    live.provider.on("stateless", onStateless);
    return () => void live.provider.off("stateless", onStateless);
  }, [live]);
  if (reason === null) return null;
  return (
    <p className="notice notice-warning" role="alert" data-testid="derived-failure">
      {t("editor.derivedFailed")} {reason}
    </p>
  );
}
