import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { getSessionUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  // server.ts always sets NEXTAUTH_URL; the fallback only matters under `next dev` without it.
  const callbackUrl = safeCallbackUrl(params.callbackUrl, process.env.NEXTAUTH_URL ?? "http://localhost");
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
