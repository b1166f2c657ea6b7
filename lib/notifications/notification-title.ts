import type { NotificationKind } from "../db/generated/enums";
import type { Translate } from "../i18n/translate";

/** What a notification says happened, in words ("Edna mentioned you"). */
export function notificationTitle(item: { kind: NotificationKind; actorId: string | null; actorName: string | null }, t: Translate): string {
  const actor = item.actorId ? (item.actorName ?? t("inbox.someone")) : t("inbox.factdesk");
  return t(`inbox.kind.${item.kind}`, { actor });
}
