import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";

export default async function NotFound() {
  const { t } = await getTranslator();
  return (
    <main className="auth-shell">
      <div className="card auth-card">
        <h1>{t("notFound.title")}</h1>
        <p>{t("notFound.body")}</p>
        <Link className="button" href="/desk">
          {t("notFound.home")}
        </Link>
      </div>
    </main>
  );
}
