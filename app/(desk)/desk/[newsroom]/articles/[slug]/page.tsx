import type { JSONContent } from "@tiptap/core";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DocumentView } from "@/components/editor/document-view";
import { requireMember } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { NotFoundError } from "@/lib/server/errors";
import { getArticle } from "@/lib/server/get-article";

type Props = { params: Promise<{ newsroom: string; slug: string }> };

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params }: Props) {
  const { newsroom: newsroomSlug, slug } = await params;
  const { actor, newsroom } = await requireMember(newsroomSlug);
  const article = await getArticle({ actor, slug }).catch((error) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { t, locale } = await getTranslator();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long" });
  return (
    <main className="page" id="main">
      <p className="small">
        <Link href={`/desk/${newsroom.slug}`}>← {t("article.back")}</Link>
      </p>
      <div className="page-header">
        <div>
          <h1 data-testid="article-title">{article.title}</h1>
          <p>
            <span className={`badge badge-${article.status}`}>{t(`status.${article.status}`)}</span>{" "}
            {t("article.createdBy", { name: article.createdBy.name, date: date.format(article.createdAt) })}
          </p>
        </div>
      </div>
      <div className="layout-2col">
        <article className="card" lang={article.language} data-testid="article-body">
          <DocumentView doc={article.contentJson as JSONContent} />
        </article>
        <aside className="card stack">
          <p className="notice">{t("article.readOnly")}</p>
          <dl className="meta-list">
            <dt>{t("article.language")}</dt>
            <dd>{article.language.toUpperCase()}</dd>
            {article.sourcePublisher && (
              <>
                <dt>{t("article.sourcePublisher")}</dt>
                <dd>{article.sourcePublisher}</dd>
              </>
            )}
            {article.sourceAuthor && (
              <>
                <dt>{t("article.sourceAuthor")}</dt>
                <dd>{article.sourceAuthor}</dd>
              </>
            )}
            {article.sourcePublishedAt && (
              <>
                <dt>{t("article.sourcePublishedAt")}</dt>
                <dd>{date.format(article.sourcePublishedAt)}</dd>
              </>
            )}
            {article.sourceUrl && (
              <>
                <dt>{t("article.source")}</dt>
                <dd>
                  <a href={article.sourceUrl} rel="noopener nofollow ugc">
                    {new URL(article.sourceUrl).hostname}
                  </a>
                </dd>
              </>
            )}
          </dl>
        </aside>
      </div>
    </main>
  );
}
