import type { Metadata } from "next";
import { ApiTokenList } from "@/components/desk/api-token-list";
import { ApiTokenWorkspace } from "@/components/desk/api-token-workspace";
import { IntentLink } from "@/components/ui/intent-link";
import { requireMember } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { can } from "@/lib/policies";
import { listApiTokens } from "@/lib/server/list-api-tokens";

export const metadata: Metadata = { title: "API tokens" };

const LIST_HEADING = "token-list-heading";

/** Every member manages their own tokens here; an owner also sees (and may revoke) everyone's. */
export default async function ApiTokensPage({ params }: { params: Promise<{ newsroom: string }> }) {
  const { newsroom: slug } = await params;
  const { actor, user, newsroom } = await requireMember(slug);
  const tokens = await listApiTokens({ actor });
  const { t, locale } = await getTranslator();
  const seesAll = can(actor, "tokens.manage");
  return (
    <main className="page" id="main">
      <div className="page-header">
        <div className="page-intro">
          <h1>{t("tokens.title")}</h1>
          <p>
            {t("tokens.intro", { newsroom: newsroom.name, role: t(`roles.${actor.role}`).toLowerCase() })}
            {seesAll && ` ${t("tokens.ownerNote")}`}
          </p>
        </div>
        <IntentLink className="button" href="/docs/api">
          {t("tokens.reference")}
        </IntentLink>
      </div>
      <ApiTokenWorkspace newsroomSlug={newsroom.slug}>
        <section className="stack" aria-labelledby={LIST_HEADING}>
          <h2 id={LIST_HEADING} tabIndex={-1}>
            {seesAll ? t("tokens.listAll") : t("tokens.listOwn")}
          </h2>
          {tokens.length === 0 ? (
            <div className="empty card">
              <p>{t("tokens.empty")}</p>
            </div>
          ) : (
            <ApiTokenList
              tokens={tokens}
              locale={locale}
              newsroomSlug={newsroom.slug}
              currentUserId={user.id}
              showMember={seesAll}
              focusAfterRevoke={LIST_HEADING}
            />
          )}
        </section>
      </ApiTokenWorkspace>
    </main>
  );
}
