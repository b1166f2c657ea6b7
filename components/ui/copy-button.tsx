"use client";

import { useState, type RefObject } from "react";
import { useI18n } from "./i18n-provider";
import { useToast } from "./toast";

type Props = { text: string; label: string; source: RefObject<HTMLElement | null> };

/**
 * Copies `text` to the clipboard. The clipboard API exists only on https and
 * localhost, so where it is missing or refused the text in `source` is selected
 * for the person to copy by hand.
 */
export function CopyButton({ text, label, source }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      toast(t("common.copied"));
    } catch {
      if (source.current) window.getSelection()?.selectAllChildren(source.current);
      toast(t("common.copyFailed"), "error");
    }
  }

  return (
    <button className="button button-small" type="button" onClick={copy}>
      {copied && <span aria-hidden="true">✓</span>}
      {label}
    </button>
  );
}
