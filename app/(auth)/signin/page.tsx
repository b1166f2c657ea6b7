import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSessionUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Only same-site paths are followed after sign-in. */
function safeCallback(value: unknown): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") ? value : "/desk";
}

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await getSessionUser()) redirect(callbackUrl);
  const { t } = await getTranslator();
  return (
    <main className="auth-shell" id="main">
      <div className="card auth-card">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">F</span> Factdesk
        </div>
        <h1>{t("signin.title")}</h1>
        <SignInForm
          callbackUrl={callbackUrl}
          initialError={typeof params.error === "string" ? params.error : undefined}
          checkEmail={params.check === "email"}
          github={Boolean(process.env.GITHUB_ID)}
          emailLink={Boolean(process.env.EMAIL_SERVER)}
        />
      </div>
    </main>
  );
}
