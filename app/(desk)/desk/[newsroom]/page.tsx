import { ArticleListTable } from "@/components/desk/article-list-table";
import { IntentLink } from "@/components/ui/intent-link";
import { requireMember } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/policies";
import { listArticlePresence } from "@/lib/server/list-article-presence";
import { listArticles } from "@/lib/server/list-articles";
import { listRatings } from "@/lib/server/list-ratings";
import { articleListQuerySchema, ARTICLE_SORTS } from "@/lib/validation/article";

type Props = {
  params: Promise<{ newsroom: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function ArticlesPage({ params, searchParams }: Props) {
  const { newsroom: slug } = await params;
  const { actor, newsroom } = await requireMember(slug);
  const query = articleListQuerySchema.parse(await searchParams);
  const { t, locale } = await getTranslator();
  const [list, ratings] = await Promise.all([listArticles({ actor, query }), listRatings({ actor })]);
  const base = `/desk/${newsroom.slug}`;
  const pageHref = (page: number) => `${base}?${new URLSearchParams({ ...(query.query ? { query: query.query } : {}), sort: query.sort, page: String(page) })}`;
  return (
    <main className="page" id="main">
      <div className="page-header">
        <div>
          <h1>{t("articles.title")}</h1>
          <p>{list.total === 1 ? t("articles.countOne") : t("articles.count", { count: list.total })}</p>
        </div>
        <a className="button" href={`${base}/claims.csv`} download data-testid="claims-csv">
          {t("nav.claimsCsv")}
        </a>
      </div>
      <div className="toolbar">
        <form role="search" action={base}>
          <label htmlFor="query" className="visually-hidden">
            {t("articles.search")}
          </label>
          <input id="query" name="query" type="search" defaultValue={query.query ?? ""} placeholder={t("articles.searchPlaceholder")} maxLength={200} aria-keyshortcuts="/" />
          <label htmlFor="sort" className="visually-hidden">
            {t("articles.sort")}
          </label>
          <select id="sort" name="sort" className="compact" defaultValue={query.sort}>
            {ARTICLE_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`articles.sort.${sort}`)}
              </option>
            ))}
          </select>
          <button className="button" type="submit">
            {t("articles.searchButton")}
          </button>
        </form>
      </div>
      {list.items.length === 0 ? (
        <div className="empty card">
          <p>{query.query ? t("articles.noResults", { query: query.query }) : t("articles.empty")}</p>
          {!query.query && can(actor, "article.create") && (
            <IntentLink className="button button-primary" href={`${base}/articles/new`}>
              + {t("nav.newArticle")}
            </IntentLink>
          )}
        </div>
      ) : (
        <ArticleListTable items={list.items} base={base} locale={locale} ratings={ratings} present={listArticlePresence({ actor })} />
      )}
      {list.pages > 1 && (
        <nav className="pagination" aria-label="Pagination">
          {list.page > 1 && <IntentLink className="button button-small" href={pageHref(list.page - 1)}>{t("articles.previous")}</IntentLink>}
          <span className="muted small">{t("articles.page", { page: list.page, pages: list.pages })}</span>
          {list.page < list.pages && <IntentLink className="button button-small" href={pageHref(list.page + 1)}>{t("articles.next")}</IntentLink>}
        </nav>
      )}
    </main>
  );
}
