"use client";

import { useRouter } from "next/navigation";
import { createApiTokenAction } from "@/app/(desk)/desk/[newsroom]/tokens/actions";
import { Field, fieldAria } from "@/components/ui/field";
import { useI18n } from "@/components/ui/i18n-provider";
import { useToast } from "@/components/ui/toast";
import { useActionForm } from "@/components/ui/use-action-form";
import { MAX_TOKENS_PER_MEMBER } from "@/lib/validation/api-token";

export type CreatedApiToken = { name: string; token: string; origin: string };

type Props = { newsroomSlug: string; nameField: string; onCreated: (created: CreatedApiToken) => void };

export function CreateApiTokenForm({ newsroomSlug, nameField, onCreated }: Props) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const form = useActionForm((input) => createApiTokenAction(newsroomSlug, input), {
    onSuccess: (data, element) => {
      onCreated({ ...data, origin: window.location.origin });
      toast(t("tokens.created"));
      element.reset();
      router.refresh();
    },
  });
  const hint = t("tokens.nameHint", { max: MAX_TOKENS_PER_MEMBER });
  return (
    <form onSubmit={form.onSubmit} noValidate data-testid="create-token-form">
      {form.error && !form.fields.name && (
        <p className="form-error" role="alert">
          {form.error}
        </p>
      )}
      <Field id={nameField} label={t("tokens.name")} hint={hint} error={form.fields.name}>
        <input {...fieldAria(nameField, form.fields.name, hint)} name="name" maxLength={100} autoComplete="off" required />
      </Field>
      <button className="button button-primary" type="submit" disabled={form.pending}>
        {form.pending ? t("tokens.creating") : t("tokens.createSubmit")}
      </button>
    </form>
  );
}
