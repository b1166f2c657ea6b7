import { db } from "../db/prisma";
import { translator } from "../i18n/translate";
import { notificationPath } from "../notifications/claim-link";
import { digestEmail, type DigestLine } from "../notifications/digest-email";
import { mentionsAsText } from "../notifications/mentions";
import { notificationTitle } from "../notifications/notification-title";
import { describeNotifications, notificationSelect } from "./describe-notifications";
import { mailSettings, openMailTransport, type MailSettings } from "./mail-transport";

/** At most one digest per person in this time. */
export const DIGEST_INTERVAL_MS = 10 * 60_000;
/** Notifications one digest lists at most (the rest go in the next one). */
const DIGEST_MAX_LINES = 50;
/** People read from the database at once. */
const DIGEST_BATCH = 200;

type Recipient = { id: string; email: string; name: string; locale: string | null; lastDigestAt: Date | null };
type Transport = ReturnType<typeof openMailTransport>;

const dueSince = (cutoff: Date) => ({ OR: [{ lastDigestAt: null }, { lastDigestAt: { lte: cutoff } }] });

export type SendDueDigests = {
  now?: Date;
  settings?: MailSettings | null;
  /** Only these people (all when absent). */
  userIds?: readonly string[];
};

/**
 * Emails each person with emails on their new notifications (not yet emailed,
 * not read in the inbox, of newsrooms they still belong to) in one digest,
 * unless they had one less than 10 minutes ago. Everything it needs is in the
 * database, so a restart loses nothing; the last digest time is claimed
 * before sending, so two instances never send the same person two digests.
 */
export async function sendDueDigests({ now = new Date(), settings = mailSettings(), userIds }: SendDueDigests = {}) {
  const outcome = { sent: 0, failed: 0 };
  if (!settings) return outcome;
  const cutoff = new Date(now.getTime() - DIGEST_INTERVAL_MS);
  const tried: string[] = [];
  let transport: Transport | null = null;
  try {
    for (;;) {
      const due = await db().user.findMany({
        where: { id: { notIn: tried, ...(userIds ? { in: [...userIds] } : {}) }, emailNotifications: true, disabledAt: null, ...dueSince(cutoff), notifications: { some: { emailedAt: null, readAt: null } } },
        select: { id: true, email: true, name: true, locale: true, lastDigestAt: true },
        take: DIGEST_BATCH,
      });
      if (due.length === 0) break;
      transport ??= openMailTransport(settings);
      for (const person of due) {
        tried.push(person.id);
        const result = await sendDigest({ transport, settings, person, now, cutoff });
        if (result !== "skipped") outcome[result]++;
      }
    }
  } finally {
    transport?.close();
  }
  return outcome;
}

type DigestJob = { transport: Transport; settings: MailSettings; person: Recipient; now: Date; cutoff: Date };

async function sendDigest({ transport, settings, person, now, cutoff }: DigestJob): Promise<"sent" | "skipped" | "failed"> {
  const claimed = await db().user.updateMany({ where: { id: person.id, ...dueSince(cutoff) }, data: { lastDigestAt: now } });
  if (claimed.count === 0) return "skipped"; // another instance took it
  const release = () => db().user.update({ where: { id: person.id }, data: { lastDigestAt: person.lastDigestAt } });
  const rows = await db().notification.findMany({
    where: { userId: person.id, emailedAt: null, readAt: null, newsroom: { memberships: { some: { userId: person.id } } } },
    select: { ...notificationSelect, newsroom: { select: { slug: true, name: true } } },
    orderBy: { createdAt: "asc" },
    take: DIGEST_MAX_LINES,
  });
  if (rows.length === 0) {
    await release();
    return "skipped";
  }
  const { items, names } = await describeNotifications(db(), rows);
  const t = translator(person.locale === "fr" ? "fr" : "en");
  const link = (path: string) => new URL(path, settings.baseUrl).toString();
  const lines: DigestLine[] = items.map((item, i) => ({
    title: notificationTitle(item, t),
    claimText: item.claim.statement || item.claim.quotedText,
    articleTitle: item.claim.article.title,
    newsroomName: rows[i].newsroom.name,
    comment: item.commentBody && mentionsAsText(item.commentBody, (id) => names[id], t("inbox.formerMember")),
    link: link(notificationPath(rows[i].newsroom.slug, item.id)),
  }));
  const email = digestEmail({ name: person.name, lines, settingsLink: link(`/desk/${rows[0].newsroom.slug}/profile`), t });
  try {
    await transport.sendMail({ from: settings.from, to: person.email, ...email });
  } catch (error) {
    console.error(`notification digest: ${(error as Error).message}`);
    await release();
    return "failed";
  }
  await db().notification.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { emailedAt: now } });
  return "sent";
}
