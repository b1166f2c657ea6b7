import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/intent-link";
import { requireMember } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listMyQueue } from "@/lib/server/list-my-queue";

export const metadata: Metadata = { title: "My queue" };

type QueueItem = Awaited<ReturnType<typeof listMyQueue>>["assigned"][number];

export default async function QueuePage({ params }: { params: Promise<{ newsroom: string }> }) {
  const { newsroom: slug } = await params;
  const { actor, newsroom } = await requireMember(slug);
  const { t } = await getTranslator();
  const queue = await listMyQueue({ actor });
  const list = (items: QueueItem[], empty: string, testId: string) =>
    items.length === 0 ? (
      <p className="muted">{empty}</p>
    ) : (
      <div className="table-wrap">
        <table className="list" data-testid={testId}>
          <tbody>
            {items.map((claim) => (
              <tr key={claim.id}>
                <td>
                  <IntentLink href={`/desk/${newsroom.slug}/articles/${claim.article.slug}#claim-${claim.id}`}>{claim.quotedText}</IntentLink>
                  <div className="muted small">{claim.article.title}</div>
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
