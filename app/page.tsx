import Link from "next/link";
import { redirect } from "next/navigation";
import { LocaleSwitcher } from "@/components/ui/locale-switcher";
import { getSessionUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";

export default async function Home() {
  if (await getSessionUser()) redirect("/desk");
  const { t } = await getTranslator();
  return (
    <main className="auth-shell">
      <div className="card auth-card stack">
        <div className="brand">
          <span className="brand-mark" aria-hidden="true">F</span> Factdesk
        </div>
        <h1>{t("app.tagline")}</h1>
        <p>{t("landing.body")}</p>
        <div className="toolbar">
          <Link className="button button-primary" href="/signin">
            {t("landing.cta")}
          </Link>
          <LocaleSwitcher />
        </div>
      </div>
    </main>
  );
}
