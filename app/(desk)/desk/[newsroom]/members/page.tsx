import type { Metadata } from "next";
import { MemberList } from "@/components/desk/member-list";
import { InvitationForm, InviteByEmailForm } from "@/components/desk/member-forms";
import { requireMember, requirePermission } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { listMembers } from "@/lib/server/list-members";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ newsroom: string }> }) {
  const { newsroom: slug } = await params;
  const context = await requireMember(slug);
  requirePermission(context, "members.manage");
  const members = await listMembers({ actor: context.actor });
  const { t } = await getTranslator();
  return (
    <main className="page" id="main">
      <h1>{t("members.title")}</h1>
      <div className="layout-2col">
        <MemberList
          newsroomSlug={slug}
          currentUserId={context.user.id}
          members={members.map((m) => ({ id: m.id, role: m.role, name: m.user.name, email: m.user.email, userId: m.user.id }))}
        />
        <div className="stack">
          <section className="card" aria-labelledby="add-member">
            <h2 id="add-member">{t("members.add")}</h2>
            <InviteByEmailForm newsroomSlug={slug} />
          </section>
          <section className="card" aria-labelledby="invite">
            <h2 id="invite">{t("members.invite")}</h2>
            <InvitationForm newsroomSlug={slug} />
          </section>
        </div>
      </div>
    </main>
  );
}
