"use client";

import { useEffect, useRef } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { useI18n } from "@/components/ui/i18n-provider";

type Props = { name: string; token: string; origin: string; onHide: () => void };

/** A token just created: its only showing, with a command to try it. Focus moves here so that it is read out. */
export function NewApiToken({ name, token, origin, onHide }: Props) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const tokenText = useRef<HTMLElement>(null);
  const commandText = useRef<HTMLElement>(null);
  const command = `curl -H "Authorization: Bearer ${token}" ${origin}/api/v1/articles`;
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="token-reveal" aria-labelledby="new-token-title" data-testid="new-token">
      <h2 id="new-token-title" tabIndex={-1} ref={heading}>
        {t("tokens.newTitle", { name })}
      </h2>
      <p className="token-warning">{t("tokens.showOnce")}</p>
      <div className="token-value">
        <code ref={tokenText} data-testid="new-token-value">
          {token}
        </code>
        <CopyButton text={token} label={t("tokens.copyToken")} source={tokenText} />
      </div>
      <p>{t("tokens.tryIt")}</p>
      <div className="token-value">
        <code ref={commandText} data-testid="new-token-command">
          {command}
        </code>
        <CopyButton text={command} label={t("tokens.copyCommand")} source={commandText} />
      </div>
      <div className="token-reveal-actions">
        <button className="button button-small" type="button" onClick={onHide}>
          {t("tokens.hide")}
        </button>
      </div>
    </section>
  );
}
