import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { IntentLink } from "@/components/ui/intent-link";
import { LocaleSwitcher } from "@/components/ui/locale-switcher";
import { ThemeToggle } from "@/components/ui/theme-toggle";
import { requireUser } from "@/lib/auth/session";
import { getTranslator } from "@/lib/i18n/server";

export default async function DeskLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const { t } = await getTranslator();
  const theme = (await cookies()).get("factdesk-theme")?.value ?? "system";
  return (
    <>
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <header className="topbar">
        <IntentLink className="brand" href="/desk">
          <span className="brand-mark" aria-hidden="true">F</span> Factdesk
        </IntentLink>
        <div className="topnav" />
        <div className="topbar-tools">
          <LocaleSwitcher />
          <ThemeToggle initial={theme} />
          <span className="muted small" data-testid="current-user">
            {user.name}
          </span>
          <IntentLink className="button button-small" href="/signout">
            {t("nav.signOut")}
          </IntentLink>
        </div>
      </header>
      {children}
    </>
  );
}
