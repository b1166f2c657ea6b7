"use client";

import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { useI18n } from "@/components/ui/i18n-provider";
import { IntentLink } from "@/components/ui/intent-link";
import { InboxLink } from "./inbox-link";

type Props = {
  slug: string;
  name: string;
  canManageMembers: boolean;
  canManageSettings: boolean;
  canCreate: boolean;
  newsrooms: { slug: string; name: string }[];
};

export function NewsroomNav({ slug, name, canManageMembers, canManageSettings, canCreate, newsrooms }: Props) {
  const { t } = useI18n();
  const pathname = usePathname();
  const router = useRouter();
  const [menuOpen, setMenuOpen] = useState(false);
  const base = `/desk/${slug}`;
  const links = [
    { href: base, label: t("nav.articles"), current: pathname === base || pathname.startsWith(`${base}/articles/`) && !pathname.endsWith("/new") },
    { href: `${base}/queue`, label: t("nav.queue"), current: pathname === `${base}/queue` },
    { href: `${base}/archive`, label: t("nav.archive"), current: pathname === `${base}/archive` },
    ...(canManageMembers ? [{ href: `${base}/members`, label: t("nav.members"), current: pathname === `${base}/members` }] : []),
    { href: `${base}/tokens`, label: t("nav.tokens"), current: pathname === `${base}/tokens` },
    ...(canManageSettings ? [{ href: `${base}/settings`, label: t("nav.settings"), current: pathname === `${base}/settings` }] : []),
  ];
  return (
    <nav className="subnav" aria-label={name} data-menu={menuOpen ? "open" : "closed"}>
      {newsrooms.length > 1 ? (
        <label>
          <span className="visually-hidden">{t("nav.switchNewsroom")}</span>
          <select className="compact newsroom-name" value={slug} onChange={(e) => router.push(`/desk/${e.target.value}`)}>
            {newsrooms.map((n) => (
              <option key={n.slug} value={n.slug}>
                {n.name}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <span className="newsroom-name">{name}</span>
      )}
      {/* On a phone the links are a menu under this button; on wider screens it is hidden and they are always shown. */}
      <button type="button" className="button button-small subnav-menu" aria-expanded={menuOpen} aria-controls="newsroom-links" onClick={() => setMenuOpen((open) => !open)}>
        <span aria-hidden="true">☰</span> {t("nav.menu")}
      </button>
      <div className="subnav-links" id="newsroom-links">
        {links.map((link) => (
          <IntentLink key={link.href} href={link.href} aria-current={link.current ? "page" : undefined} onClick={() => setMenuOpen(false)}>
            {link.label}
          </IntentLink>
        ))}
        <InboxLink slug={slug} />
      </div>
      <span className="spacer" />
      {canCreate && (
        <IntentLink className="button button-primary button-small" href={`${base}/articles/new`} aria-keyshortcuts="n">
          + {t("nav.newArticle")}
        </IntentLink>
      )}
    </nav>
  );
}
