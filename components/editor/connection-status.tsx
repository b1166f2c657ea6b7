"use client";

import { useI18n } from "@/components/ui/i18n-provider";
import type { ConnectionState } from "./use-collaboration";

const KEYS = {
  connecting: "editor.state.connecting",
  connected: "editor.state.connected",
  syncing: "editor.state.syncing",
  offline: "editor.state.offline",
  refused: "editor.state.refused",
} as const;

export function ConnectionStatus({ state, reason }: { state: ConnectionState; reason: string }) {
  const { t } = useI18n();
  return (
    <span className={`connection connection-${state}`} role="status" aria-live="polite" data-testid="connection-state" data-state={state}>
      <span className="connection-dot" aria-hidden="true" />
      {t(KEYS[state])}
      {reason && state !== "connected" ? ` — ${reason}` : ""}
    </span>
  );
}
