import type { Metadata } from "next";
import { AcceptInvitationButton } from "@/components/desk/accept-invitation-button";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Invitation" };

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  await requireUser();
  const { t } = await getTranslator();
  return (
    <main className="page page-narrow" id="main">
      <div className="card stack">
        <h1>{t("invite.title")}</h1>
        <AcceptInvitationButton token={token} />
      </div>
    </main>
  );
}
