import Link from "next/link";
import { getTranslator } from "@/lib/i18n/server";

export default async function Forbidden() {
  const { t } = await getTranslator();
  return (
    <main className="page page-narrow" id="main">
      <div className="card">
        <h1>{t("forbidden.title")}</h1>
        <p>{t("forbidden.body")}</p>
        <Link className="button" href="/desk">
          {t("notFound.home")}
        </Link>
      </div>
    </main>
  );
}
