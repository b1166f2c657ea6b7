import type { Metadata } from "next";
import { NewArticleForm } from "@/components/desk/new-article-form";
import { requireMember, requirePermission } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "New article" };

export default async function NewArticlePage({ params }: { params: Promise<{ newsroom: string }> }) {
  const { newsroom: slug } = await params;
  const context = await requireMember(slug);
  requirePermission(context, "article.create");
  const { newsroom } = context;
  const { t } = await getTranslator();
  return (
    <main className="page page-narrow" id="main">
      <h1>{t("article.new")}</h1>
      <div className="card">
        <NewArticleForm newsroomSlug={newsroom.slug} defaultLanguage={newsroom.defaultLanguage} />
      </div>
    </main>
  );
}
