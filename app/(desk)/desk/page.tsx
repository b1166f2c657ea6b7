import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { CreateNewsroomForm } from "@/components/desk/create-newsroom-form";
import { IntentLink } from "@/components/ui/intent-link";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { canCreateNewsroom } from "@/lib/policies";
import { listUserNewsrooms } from "@/lib/server/list-user-newsrooms";

export const metadata: Metadata = { title: "Newsrooms" };

type Props = { searchParams: Promise<{ all?: string }> };

export default async function DeskHome({ searchParams }: Props) {
  const user = await requireUser();
  const newsrooms = await listUserNewsrooms({ userId: user.id });
  if (newsrooms.length === 1 && !(await searchParams).all) redirect(`/desk/${newsrooms[0].slug}`);
  const { t } = await getTranslator();
  return (
    <main className="page page-narrow" id="main">
      <div className="page-header">
        <h1>{t("newsrooms.title")}</h1>
      </div>
      {newsrooms.length === 0 ? (
        <p className="notice">{t("newsrooms.empty")}</p>
      ) : (
        <div className="table-wrap" style={{ marginBottom: "2rem" }}>
          <table className="list">
            <tbody>
              {newsrooms.map((n) => (
                <tr key={n.id}>
                  <td>
                    <IntentLink href={`/desk/${n.slug}`}>{n.name}</IntentLink>
                  </td>
                  <td className="muted">{t(`roles.${n.role}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canCreateNewsroom(newsrooms.map((n) => n.role)) ? (
        <section className="card" aria-labelledby="create-newsroom">
          <h2 id="create-newsroom">{t("newsrooms.create")}</h2>
          <CreateNewsroomForm />
        </section>
      ) : (
        <p className="muted">{t("newsrooms.createNotAllowed")}</p>
      )}
    </main>
  );
}
