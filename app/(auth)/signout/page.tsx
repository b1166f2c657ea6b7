import type { Metadata } from "next";
import { SignOutForm } from "@/components/auth/sign-out-form";
import { getTranslator } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Sign out" };

export default async function SignOutPage() {
  const { t } = await getTranslator();
  return (
    <main className="auth-shell" id="main">
      <div className="card auth-card">
        <h1>{t("signout.title")}</h1>
        <p>{t("signout.confirm")}</p>
        <SignOutForm />
      </div>
    </main>
  );
}
