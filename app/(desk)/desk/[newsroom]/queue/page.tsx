import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { requireMember } from "@/lib/auth/session";
import { isOverdue } from "@/lib/due-dates";
import { getTranslator } from "@/lib/i18n/server";
import { deskClaimPath } from "@/lib/notifications/claim-link";
import { listMyQueue } from "@/lib/server/list-my-queue";
import { isoDay } from "@/lib/server/source-fields";

export const metadata: Metadata = { title: "My queue" };

type QueueItem = Awaited<ReturnType<typeof listMyQueue>>["assigned"][number];

export default async function QueuePage({ params }: { params: Promise<{ newsroom: string }> }) {
  const { newsroom: slug } = await params;
  const { actor, newsroom } = await requireMember(slug);
  const { t, locale } = await getTranslator();
  const queue = await listMyQueue({ actor });
  const now = new Date();
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const list = (items: QueueItem[], empty: string, testId: string) =>
    items.length === 0 ? (
      <p className="muted">{empty}</p>
    ) : (
      <div className="table-wrap">
        <table className="list" data-testid={testId}>
          <thead>
            <tr>
              <th scope="col">{t("queue.columnClaim")}</th>
              <th scope="col">{t("queue.columnDue")}</th>
              <th scope="col">{t("queue.columnPriority")}</th>
              <th scope="col">{t("queue.columnState")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((claim) => (
              <tr key={claim.id} data-testid="queue-row" data-overdue={isOverdue(claim, now) || undefined}>
                <td>
                  <IntentLink href={deskClaimPath(newsroom.slug, claim.article.slug, claim.id)}>{claim.quotedText}</IntentLink>
                  <div className="muted small">{claim.article.title}</div>
                </td>
                <td>
                  {claim.dueDate ? <time dateTime={isoDay(claim.dueDate)!}>{day.format(claim.dueDate)}</time> : <span className="muted">—</span>}
                  {isOverdue(claim, now) && <> <span className="badge badge-overdue">{t("due.overdue")}</span></>}
                </td>
                <td>
                  <span className={`priority priority-${claim.priority}`}>{t(`priority.${claim.priority}`)}</span>
                </td>
                <td>
                  <span className={`badge badge-state-${claim.state}`}>{t(`claimState.${claim.state as "open"}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  return (
    <main className="page" id="main">
      <h1>{t("queue.title")}</h1>
      <section className="stack" aria-labelledby="assigned">
        <h2 id="assigned">{t("queue.assigned")}</h2>
        {list(queue.assigned, t("queue.assignedEmpty"), "queue-assigned")}
      </section>
      <section className="stack" aria-labelledby="to-approve" style={{ marginTop: "2rem" }}>
        <h2 id="to-approve">{t("queue.toApprove")}</h2>
        {list(queue.toApprove, t("queue.toApproveEmpty"), "queue-to-approve")}
      </section>
    </main>
  );
}
