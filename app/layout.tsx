import type { Metadata } from "next";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { I18nProvider } from "@/components/ui/i18n-provider";
import { ToastProvider } from "@/components/ui/toast";
import { getLocale } from "@/lib/i18n/server";
import { MESSAGES } from "@/lib/i18n/translate";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Factdesk", template: "%s · Factdesk" },
  description: "The newsroom fact-check desk",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const theme = (await cookies()).get("factdesk-theme")?.value;
  return (
    <html lang={locale} data-theme={theme === "light" || theme === "dark" ? theme : undefined}>
      <body>
        <I18nProvider locale={locale} messages={MESSAGES[locale]}>
          <ToastProvider>{children}</ToastProvider>
        </I18nProvider>
      </body>
    </html>
  );
}
