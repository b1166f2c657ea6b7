"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { addMemberAction, createInvitationAction } from "@/app/(desk)/desk/[newsroom]/members/actions";
import { Field, fieldAria } from "@/components/ui/field";
import { useI18n } from "@/components/ui/i18n-provider";
import { useToast } from "@/components/ui/toast";
import { useActionForm } from "@/components/ui/use-action-form";
import { ROLES } from "@/lib/policies";

function RoleSelect({ id, error }: { id: string; error?: string }) {
  const { t } = useI18n();
  return (
    <Field id={id} label={t("members.role")} error={error}>
      <select {...fieldAria(id, error)} name="role" defaultValue="fact_checker">
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function AddMemberForm({ newsroomSlug }: { newsroomSlug: string }) {
  const { t } = useI18n();
  const toast = useToast();
  const router = useRouter();
  const form = useActionForm((input) => addMemberAction(newsroomSlug, input), {
    onSuccess: (_data, element) => {
      toast(t("members.added"));
      element.reset();
      router.refresh();
    },
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      {form.error && !form.fields.email && <p className="form-error" role="alert">{form.error}</p>}
      <Field id="member-email" label={t("members.email")} error={form.fields.email}>
        <input {...fieldAria("member-email", form.fields.email)} name="email" type="email" required />
      </Field>
      <RoleSelect id="member-role" error={form.fields.role} />
      <button className="button button-primary" type="submit" disabled={form.pending}>
        {t("members.addSubmit")}
      </button>
    </form>
  );
}

export function InvitationForm({ newsroomSlug }: { newsroomSlug: string }) {
  const { t } = useI18n();
  const [link, setLink] = useState("");
  const form = useActionForm((input) => createInvitationAction(newsroomSlug, input), {
    onSuccess: ({ path }) => setLink(`${window.location.origin}${path}`),
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      <p className="muted small">{t("members.inviteHint")}</p>
      <RoleSelect id="invite-role" error={form.fields.role} />
      <Field id="invite-days" label={t("members.inviteDays")} error={form.fields.days}>
        <input {...fieldAria("invite-days", form.fields.days)} name="days" type="number" min={1} max={30} defaultValue={7} />
      </Field>
      <button className="button" type="submit" disabled={form.pending}>
        {t("members.inviteSubmit")}
      </button>
      {link && (
        <div className="field" style={{ marginTop: "1rem" }}>
          <span>{t("members.inviteCreated")}</span>
          <output className="secret-link" data-testid="invitation-link">
            {link}
          </output>
        </div>
      )}
    </form>
  );
}
