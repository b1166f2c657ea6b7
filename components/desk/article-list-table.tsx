import { IntentLink } from "@/components/ui/intent-link";
import { translator } from "@/lib/i18n/translate";
import type { PersonInArticle } from "@/lib/collab/who-is-in";
import type { ArticleListItem } from "@/lib/server/list-articles";
import { PeopleInArticle } from "./people-in-article";
import type { Locale } from "@/lib/validation/auth";

type Rating = { key: string; labelFr: string; labelEn: string; color: string };
type Props = {
  items: ArticleListItem[];
  base: string;
  locale: Locale;
  ratings: Rating[];
  /** Who is in each article now, by article id. */
  present: Record<string, PersonInArticle[]>;
};

const STATES = ["open", "in_progress", "needs_review", "approved"] as const;

export function ArticleListTable({ items, base, locale, ratings, present }: Props) {
  const t = translator(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="table-wrap">
      <table className="list" data-testid="article-list">
        <thead>
          <tr>
            <th scope="col">{t("articles.col.title")}</th>
            <th scope="col">{t("articles.col.status")}</th>
            <th scope="col">{t("articles.col.language")}</th>
            <th scope="col">{t("articles.col.claims")}</th>
            <th scope="col">{t("articles.col.verdicts")}</th>
            <th scope="col">{t("articles.col.updated")}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((article) => (
            <tr key={article.id}>
              <td>
                <IntentLink href={`${base}/articles/${article.slug}`}>{article.title}</IntentLink>{" "}
                <PeopleInArticle people={present[article.id] ?? []} label={t("presence.inArticle", { names: (present[article.id] ?? []).map((p) => p.name).join(", ") })} />
              </td>
              <td>
                <span className={`badge badge-${article.status}`}>{t(`status.${article.status as "draft"}`)}</span>
              </td>
              <td className="muted">{article.language.toUpperCase()}</td>
              <td>
                <strong>{article.claimCount}</strong>
                <div className="chips">
                  {STATES.filter((state) => article.claimStates[state]).map((state) => (
                    <span key={state} className={`badge badge-state-${state}`} title={t(`claimState.${state}`)}>
                      {article.claimStates[state]} {t(`claimState.${state}`).toLowerCase()}
                    </span>
                  ))}
                </div>
              </td>
              <td>
                <div className="chips">
                  {ratings.filter((r) => article.verdicts[r.key]).map((r) => (
                    <span key={r.key} className="badge verdict-badge" style={{ ["--claim-color" as string]: r.color }}>
                      {article.verdicts[r.key]} {locale === "fr" ? r.labelFr : r.labelEn}
                    </span>
                  ))}
                </div>
              </td>
              <td className="muted small">
                {t("articles.updatedBy", { date: date.format(article.updatedAt), name: article.updatedByName })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
