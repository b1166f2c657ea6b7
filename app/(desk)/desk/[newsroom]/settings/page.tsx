import type { Metadata } from "next";
import { SourcingRuleForm } from "@/components/desk/sourcing-rule-form";
import { requireMember, requirePermission } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { getSourcingRule } from "@/lib/server/get-sourcing-rule";
import { listRatings } from "@/lib/server/list-ratings";

export const metadata: Metadata = { title: "Settings" };

/** The newsroom's settings (owners): the sourcing rule verdicts are approved under. */
export default async function SettingsPage({ params }: { params: Promise<{ newsroom: string }> }) {
  const { newsroom: slug } = await params;
  const context = await requireMember(slug);
  requirePermission(context, "settings.manage");
  const [{ t, locale }, rule, ratings] = await Promise.all([getTranslator(), getSourcingRule({ actor: context.actor }), listRatings({ actor: context.actor })]);
  return (
    <main className="page" id="main">
      <div className="page-header">
        <div className="page-intro">
          <h1>{t("settings.title")}</h1>
        </div>
      </div>
      <section className="stack" aria-labelledby="sourcing-heading">
        <h2 id="sourcing-heading">{t("settings.sourcing")}</h2>
        <p>{t("settings.sourcingHint")}</p>
        <SourcingRuleForm newsroomSlug={context.newsroom.slug} rule={rule} ratings={ratings.map((r) => ({ key: r.key, label: locale === "fr" ? r.labelFr : r.labelEn }))} />
      </section>
    </main>
  );
}
