import type { Metadata } from "next";
import { EmailPreferenceForm } from "@/components/desk/email-preference-form";
import { requireMember } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { getEmailNotifications } from "@/lib/server/get-email-notifications";

export const metadata: Metadata = { title: "My settings" };

/** The signed-in person's own settings (reached from the inbox and the emails). */
export default async function ProfilePage({ params }: { params: Promise<{ newsroom: string }> }) {
  const { newsroom: slug } = await params;
  const { user } = await requireMember(slug);
  const { t } = await getTranslator();
  const emails = await getEmailNotifications({ userId: user.id });
  return (
    <main className="page" id="main">
      <h1>{t("profile.title")}</h1>
      <EmailPreferenceForm enabled={emails} />
    </main>
  );
}
