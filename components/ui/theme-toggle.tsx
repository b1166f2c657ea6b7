"use client";

import { useI18n } from "./i18n-provider";

const THEMES = ["system", "light", "dark"] as const;
const THEME_ICONS = { system: "◐", light: "☀", dark: "☾" } as const;

/** Light / dark / system, kept in a cookie so the server renders the right one. */
export function ThemeToggle({ initial }: { initial: string }) {
  const { t } = useI18n();
  return (
    <label>
      <span className="visually-hidden">{t("nav.theme")}</span>
      <select
        className="compact"
        defaultValue={initial}
        onChange={(event) => {
          const theme = event.target.value;
          document.cookie = `factdesk-theme=${theme}; path=/; max-age=31536000; samesite=lax`;
          if (theme === "system") document.documentElement.removeAttribute("data-theme");
          else document.documentElement.setAttribute("data-theme", theme);
        }}
      >
        {THEMES.map((theme) => (
          <option key={theme} value={theme}>
            {THEME_ICONS[theme]} {t(`theme.${theme}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
