import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { ArticleWorkspace } from "@/components/claims/article-workspace";
import { claimLooks } from "@/components/editor/claim-looks";
import { leaveFirstViewHtml } from "@/components/editor/first-view-handoff";
import { staticArticleHtml } from "@/components/editor/static-article";
import { ArticleMeta } from "@/components/desk/article-meta";
import { PublishBar } from "@/components/desk/publish-bar";
import { IntentLink } from "@/components/ui/intent-link";
import { requireMember } from "@/lib/auth/session";
import { collabSession } from "@/lib/collab/collab-session";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/policies";
import { NotFoundError } from "@/lib/server/errors";
import { getArticle } from "@/lib/server/get-article";
import { getArticleContent } from "@/lib/server/get-article-content";
import { listClaimRows } from "@/lib/server/list-claims";
import { listDismissedSuggestions } from "@/lib/server/list-dismissed-suggestions";
import { listRatings } from "@/lib/server/list-ratings";

type Props = { params: Promise<{ newsroom: string; slug: string }> };

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params }: Props) {
  const { newsroom: newsroomSlug, slug } = await params;
  const { actor, newsroom, user } = await requireMember(newsroomSlug);
  const article = await getArticle({ actor, slug }).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const [{ t, locale }, claims, dismissed, ratings, content] = await Promise.all([
    getTranslator(),
    listClaimRows({ actor, articleId: article.id }),
    listDismissedSuggestions({ actor, articleId: article.id }),
    listRatings({ actor }),
    getArticleContent({ articleId: article.id }),
  ]);
  const verdictLabels = Object.fromEntries(ratings.map((r) => [r.key, locale === "fr" ? r.labelFr : r.labelEn]));
  const requestHeaders = await headers();
  const collab = await collabSession({ userId: user.id, newsroomId: newsroom.id, articleId: article.id, headers: requestHeaders });
  const html = content && staticArticleHtml(content, claimLooks(claims.claims, claims.ratings, { t, locale }));
  // A page load (what browsers say is a document's request) has its HTML rendered here: the text goes
  // in it once, not in the page's data too. Anything else (a navigation within the app fetches the
  // page's data only) carries the text in the data.
  const pageLoad = requestHeaders.get("sec-fetch-dest") === "document";
  const firstView = html === null ? null : { lang: article.language, ...(pageLoad ? { handoff: leaveFirstViewHtml(html) } : { html }) };
  return (
    <main className="page page-wide" id="main">
      <p className="small">
        <IntentLink href={`/desk/${newsroom.slug}`}>← {t("article.back")}</IntentLink>
      </p>
      <div className="page-header">
        <div>
          <h1 data-testid="article-title" lang={article.language}>
            {article.title}
          </h1>
          <ArticleMeta article={article} locale={locale} />
        </div>
        {can(actor, "article.publish") && <PublishBar newsroomSlug={newsroom.slug} articleId={article.id} articleSlug={article.slug} status={article.status} verdictLabels={verdictLabels} />}
      </div>
      <ArticleWorkspace
        newsroomSlug={newsroom.slug}
        articleId={article.id}
        article={{ language: article.language, published: article.sourcePublishedAt?.toISOString().slice(0, 10) ?? null }}
        dismissed={dismissed}
        user={{ id: user.id, name: user.name }}
        role={actor.role}
        collab={collab}
        initial={claims}
        firstView={firstView}
      />
    </main>
  );
}
