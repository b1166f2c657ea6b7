"use client";

import { useState, type ReactNode } from "react";
import { CreateApiTokenForm, type CreatedApiToken } from "@/components/desk/create-api-token-form";
import { NewApiToken } from "@/components/desk/new-api-token";
import { useI18n } from "@/components/ui/i18n-provider";

const NAME_FIELD = "token-name";

/**
 * The list (server-rendered, passed as children) beside the create form; a new
 * token appears above the list. It lives only in this state, so a reload forgets it.
 */
export function ApiTokenWorkspace({ newsroomSlug, children }: { newsroomSlug: string; children: ReactNode }) {
  const { t } = useI18n();
  const [created, setCreated] = useState<CreatedApiToken | null>(null);

  function hide() {
    setCreated(null);
    document.getElementById(NAME_FIELD)?.focus();
  }

  return (
    <div className="layout-2col">
      <div className="stack">
        {created && <NewApiToken key={created.token} {...created} onHide={hide} />}
        {children}
      </div>
      <section className="card" aria-labelledby="create-token">
        <h2 id="create-token">{t("tokens.create")}</h2>
        <CreateApiTokenForm newsroomSlug={newsroomSlug} nameField={NAME_FIELD} onCreated={setCreated} />
      </section>
    </div>
  );
}
