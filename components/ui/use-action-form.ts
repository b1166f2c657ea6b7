"use client";

import { useState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { useI18n } from "./i18n-provider";
import { useToast } from "./toast";

type Options<T> = {
  /** Extra values merged into the form's own (e.g. the editor's JSON). */
  extra?: () => Record<string, unknown>;
  onSuccess: (data: T, form: HTMLFormElement) => void;
};

/**
 * Submits a form's fields to a server action once at a time, shows field
 * errors inline and other failures as a toast; nothing typed is cleared on error.
 */
export function useActionForm<T>(action: (input: Record<string, unknown>) => Promise<ActionResult<T>>, options: Options<T>) {
  const { t } = useI18n();
  const toast = useToast();
  const [pending, setPending] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState("");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    const input = { ...Object.fromEntries(new FormData(form).entries()), ...options.extra?.() };
    setPending(true);
    try {
      const result = await action(input);
      if (result.ok) {
        setFields({});
        setError("");
        options.onSuccess(result.data, form);
      } else {
        setFields(result.fields ?? {});
        setError(result.fields ? t("common.fixFields") : result.error);
        toast(result.fields ? t("common.fixFields") : result.error, "error");
      }
    } catch {
      setError(t("common.error"));
      toast(t("common.error"), "error");
    } finally {
      setPending(false);
    }
  }

  return { pending, fields, error, onSubmit };
}
