"use client";

import { useRouter } from "next/navigation";
import { createNewsroomAction } from "@/app/(desk)/desk/actions";
import { Field, fieldAria } from "@/components/ui/field";
import { useI18n } from "@/components/ui/i18n-provider";
import { useToast } from "@/components/ui/toast";
import { useActionForm } from "@/components/ui/use-action-form";

export function CreateNewsroomForm() {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const form = useActionForm(createNewsroomAction, {
    onSuccess: ({ slug }) => {
      toast(t("newsrooms.created"));
      router.push(`/desk/${slug}`);
    },
  });
  const f = form.fields;
  return (
    <form onSubmit={form.onSubmit} noValidate>
      {form.error && <p className="form-error" role="alert">{form.error}</p>}
      <div className="field-row">
        <Field id="name" label={t("newsrooms.name")} error={f.name}>
          <input {...fieldAria("name", f.name)} required maxLength={100} />
        </Field>
        <Field id="slug" label={t("newsrooms.slug")} error={f.slug} hint={t("newsrooms.slugHint")}>
          <input {...fieldAria("slug", f.slug, "hint")} required maxLength={60} pattern="[a-z0-9-]+" />
        </Field>
      </div>
      <div className="field-row">
        <Field id="publicUrl" label={t("newsrooms.publicUrl")} error={f.publicUrl} optionalLabel={t("common.optional")}>
          <input {...fieldAria("publicUrl", f.publicUrl)} type="url" placeholder="https://" />
        </Field>
        <Field id="defaultLanguage" label={t("newsrooms.defaultLanguage")} error={f.defaultLanguage}>
          <select {...fieldAria("defaultLanguage", f.defaultLanguage)} defaultValue="fr">
            <option value="fr">Français</option>
            <option value="en">English</option>
          </select>
        </Field>
      </div>
      <button className="button button-primary" type="submit" disabled={form.pending}>
        {t("newsrooms.create")}
      </button>
    </form>
  );
}
