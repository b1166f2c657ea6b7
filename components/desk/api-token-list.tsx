import { RevokeApiTokenButton } from "@/components/desk/revoke-api-token-button";
import { translator } from "@/lib/i18n/translate";
import type { ApiTokenListItem } from "@/lib/server/list-api-tokens";
import type { Locale } from "@/lib/validation/auth";

type Props = {
  tokens: ApiTokenListItem[];
  locale: Locale;
  newsroomSlug: string;
  currentUserId: string;
  /** Owners see everyone's tokens, so the list says whose each one is. */
  showMember: boolean;
  /** Where focus goes after a revoke removes the button that had it. */
  focusAfterRevoke: string;
};

export function ApiTokenList({ tokens, locale, newsroomSlug, currentUserId, showMember, focusAfterRevoke }: Props) {
  const t = translator(locale);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="table-wrap">
      <table className="list" data-testid="token-list">
        <thead>
          <tr>
            <th scope="col">{t("tokens.col.name")}</th>
            {showMember && <th scope="col">{t("tokens.col.member")}</th>}
            <th scope="col">{t("tokens.col.created")}</th>
            <th scope="col">{t("tokens.col.lastUsed")}</th>
            <th scope="col">{t("tokens.col.status")}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} className={token.revokedAt ? "token-revoked" : undefined}>
              <td>
                <strong>{token.name}</strong>
              </td>
              {showMember && (
                <td>
                  {token.user.name} {token.userId === currentUserId && <span className="muted">({t("members.you")})</span>}
                </td>
              )}
              <td className="muted small token-date">{date.format(token.createdAt)}</td>
              <td className="muted small token-date">{token.lastUsedAt ? date.format(token.lastUsedAt) : t("tokens.never")}</td>
              <td>
                {token.revokedAt ? (
                  <>
                    <span className="badge badge-revoked">{t("tokens.revoked")}</span>
                    <div className="muted small token-date">{date.format(token.revokedAt)}</div>
                  </>
                ) : (
                  <div className="token-status">
                    <span className="badge badge-active">{t("tokens.active")}</span>
                    <RevokeApiTokenButton newsroomSlug={newsroomSlug} tokenId={token.id} name={token.name} focusAfterRevoke={focusAfterRevoke} />
                  </div>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
