import type { Metadata } from "next";
import { ImportFactChecksForm } from "@/components/desk/import-fact-checks-form";
import { requireMember } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/en";
import { can } from "@/lib/policies";
import { listRatings } from "@/lib/server/list-ratings";
import { searchArchive, type ArchiveEntry } from "@/lib/server/search-archive";
import { CLAIM_TYPES } from "@/lib/validation/claim";
import { archiveSearchSchema, type ArchiveSearch } from "@/lib/validation/fact-check";

export const metadata: Metadata = { title: "Claims already checked" };

type SearchParams = Record<string, string | string[] | undefined>;

/** The page's address with the same filters and another page number. */
function pageHref(base: string, filters: ArchiveSearch, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, page })) if (value !== undefined && value !== "" && !(key === "page" && value === 1)) query.set(key, String(value));
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function EntryRow({ entry, t, newsroomName }: { entry: ArchiveEntry; t: (key: MessageKey) => string; newsroomName: string }) {
  return (
    <tr data-testid="archive-entry" data-origin={entry.origin}>
      <td>
        <span className="badge">{entry.verdict}</span>
      </td>
      <td>
        {entry.url ? (
          <a href={entry.url} {...(entry.origin === "import" ? { target: "_blank", rel: "noopener noreferrer nofollow" } : {})}>
            {entry.statement}
          </a>
        ) : (
          entry.statement
        )}
        {entry.claimant && <div className="muted small">{entry.claimant}</div>}
      </td>
      <td className="small">{entry.type ? t(`claimType.${entry.type}` as MessageKey) : "—"}</td>
      <td className="small">{entry.origin === "newsroom" ? newsroomName : (entry.checkedBy ?? t("archive.imported.short"))}</td>
      <td className="small nowrap">{entry.date ?? "—"}</td>
      <td className="small">{entry.language ?? "—"}</td>
    </tr>
  );
}

/** Claims already checked: the newsroom's approved claims and its imported fact-checks, searched and filtered. */
export default async function ArchivePage({ params, searchParams }: { params: Promise<{ newsroom: string }>; searchParams: Promise<SearchParams> }) {
  const { newsroom: slug } = await params;
  const { actor, newsroom } = await requireMember(slug);
  const { t, locale } = await getTranslator();
  const raw = await searchParams;
  const parsed = archiveSearchSchema.safeParse(Object.fromEntries(Object.keys(archiveSearchSchema.shape).map((key) => [key, first(raw[key])])));
  const filters: ArchiveSearch = parsed.success ? parsed.data : { page: 1 };
  const problems = parsed.success ? [] : parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`);
  const [{ entries, more }, ratings] = await Promise.all([searchArchive({ actor, filters }), listRatings({ actor })]);
  const base = `/desk/${newsroom.slug}/archive`;
  const filtered = Object.entries(filters).some(([key, value]) => key !== "page" && value !== undefined);

  return (
    <main className="page" id="main">
      <h1>{t("archive.title")}</h1>
      <p className="muted">{t("archive.intro")}</p>
      <form method="get" action={base} className="archive-filters" role="search" aria-label={t("archive.filters")}>
        <label className="field archive-query">
          <span>{t("archive.query")}</span>
          <input type="search" name="q" defaultValue={filters.q ?? ""} maxLength={200} />
        </label>
        <label className="field">
          <span>{t("archive.type")}</span>
          <select name="type" defaultValue={filters.type ?? ""}>
            <option value="">{t("archive.any")}</option>
            {CLAIM_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`claimType.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("archive.verdict")}</span>
          <select name="verdict" defaultValue={filters.verdict ?? ""}>
            <option value="">{t("archive.any")}</option>
            {ratings.map((rating) => (
              <option key={rating.key} value={rating.key}>
                {locale === "fr" ? rating.labelFr : rating.labelEn}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t("archive.from")}</span>
          <input type="date" name="from" defaultValue={filters.from ?? ""} />
        </label>
        <label className="field">
          <span>{t("archive.to")}</span>
          <input type="date" name="to" defaultValue={filters.to ?? ""} />
        </label>
        <label className="field">
          <span>{t("archive.origin")}</span>
          <select name="origin" defaultValue={filters.origin ?? ""}>
            <option value="">{t("archive.any")}</option>
            <option value="newsroom">{t("archive.origin.newsroom")}</option>
            <option value="import">{t("archive.origin.import")}</option>
          </select>
        </label>
        <label className="field">
          <span>{t("archive.language")}</span>
          <select name="lang" defaultValue={filters.lang ?? ""}>
            <option value="">{t("archive.any")}</option>
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </label>
        <div className="archive-submit">
          <button type="submit" className="button button-primary">
            {t("archive.search")}
          </button>
          {filtered && (
            <a className="button" href={base}>
              {t("archive.clear")}
            </a>
          )}
        </div>
      </form>
      {problems.length > 0 && (
        <p className="notice notice-warning" role="alert">
          {t("archive.badFilters")} {problems.join(" · ")}
        </p>
      )}
      {entries.length === 0 ? (
        <p className="muted" data-testid="archive-empty">
          {filtered ? t("archive.noMatch") : t("archive.empty")}
        </p>
      ) : (
        <div className="table-wrap">
          <table className="list" data-testid="archive-results">
            <caption className="visually-hidden">{t("archive.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("archive.verdict")}</th>
                <th scope="col">{t("archive.claim")}</th>
                <th scope="col">{t("archive.type")}</th>
                <th scope="col">{t("archive.checkedBy")}</th>
                <th scope="col">{t("archive.date")}</th>
                <th scope="col">{t("archive.language")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <EntryRow key={entry.id} entry={entry} t={t} newsroomName={newsroom.name} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {(filters.page > 1 || more) && (
        <nav className="pager" aria-label={t("archive.pages")}>
          {filters.page > 1 && <a href={pageHref(base, filters, filters.page - 1)}>← {t("archive.previous")}</a>}
          <span className="muted small">{t("archive.page", { n: filters.page })}</span>
          {more && <a href={pageHref(base, filters, filters.page + 1)}>{t("archive.next")} →</a>}
        </nav>
      )}
      {can(actor, "verdict.approve") && (
        <section className="stack" aria-labelledby="import-heading" style={{ marginTop: "2rem" }}>
          <h2 id="import-heading">{t("archive.importTitle")}</h2>
          <p className="muted small">{t("archive.importIntro")}</p>
          <ImportFactChecksForm newsroomSlug={newsroom.slug} />
        </section>
      )}
    </main>
  );
}
