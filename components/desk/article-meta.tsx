import { translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/validation/auth";

type Props = {
  locale: Locale;
  article: {
    status: string;
    language: string;
    createdAt: Date;
    createdBy: { name: string };
    sourceUrl: string | null;
    sourcePublisher: string | null;
    sourceAuthor: string | null;
    sourcePublishedAt: Date | null;
  };
};

/** One line under the title: status, who created it, and the original article. */
export function ArticleMeta({ article, locale }: Props) {
  const t = translator(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" });
  const source = [article.sourcePublisher, article.sourceAuthor, article.sourcePublishedAt && date.format(article.sourcePublishedAt)].filter(Boolean).join(", ");
  return (
    <p className="article-meta">
      <span className={`badge badge-${article.status}`}>{t(`status.${article.status as "draft"}`)}</span>{" "}
      <span className="badge">{article.language.toUpperCase()}</span>{" "}
      {t("article.createdBy", { name: article.createdBy.name, date: date.format(article.createdAt) })}
      {source && <> · {t("article.source")}: {source}</>}
      {article.sourceUrl && (
        <>
          {" · "}
          <a href={article.sourceUrl} rel="noopener nofollow ugc">
            {new URL(article.sourceUrl).hostname}
          </a>
        </>
      )}
    </p>
  );
}
