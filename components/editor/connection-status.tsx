"use client";

import { useI18n } from "@/components/ui/i18n-provider";
import { useConnection, type Collaboration, type Connection } from "./use-collaboration";

const KEYS = {
  connecting: "editor.state.connecting",
  connected: "editor.state.connected",
  syncing: "editor.state.syncing",
  offline: "editor.state.offline",
  refused: "editor.state.refused",
  rejected: "editor.state.rejected",
} as const;

const whole = (connection: Connection) => connection;

/** Connected / offline (changes kept in this browser) / syncing / a change refused, with the server's reason: the only part that re-renders when it changes. */
export function ConnectionStatus({ live }: { live: Collaboration }) {
  const { t } = useI18n();
  const { state, closeReason } = useConnection(live, whole);
  return (
    <span className={`connection connection-${state}`} role="status" aria-live="polite" data-testid="connection-state" data-state={state}>
      <span className="connection-dot" aria-hidden="true" />
      {t(KEYS[state])}
      {closeReason && state !== "connected" ? ` — ${closeReason}` : ""}
    </span>
  );
}
