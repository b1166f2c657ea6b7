"use client";

import { useState, type ReactNode } from "react";
import { createInvitationAction } from "@/app/(desk)/desk/[newsroom]/members/actions";
import { Field, fieldAria } from "@/components/ui/field";
import { useI18n } from "@/components/ui/i18n-provider";
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

/** The link just created, shown once (the token is stored hashed). */
function CreatedLink({ link, testId, children }: { link: string; testId: string; children: ReactNode }) {
  return (
    <div className="field" style={{ marginTop: "1rem" }} role="status">
      <span>{children}</span>
      <output className="secret-link" data-testid={testId}>
        {link}
      </output>
    </div>
  );
}

type Invited = { link: string; email: string; expiresAt: string; emailed: boolean };

/**
 * Invites a person by email: the same answer whether or not an account uses
 * it, and nobody joins until they accept, signed in with that email.
 */
export function InviteByEmailForm({ newsroomSlug }: { newsroomSlug: string }) {
  const { t, locale } = useI18n();
  const [invited, setInvited] = useState<Invited | null>(null);
  const form = useActionForm((input) => createInvitationAction(newsroomSlug, input), {
    onSuccess: ({ path, email, expiresAt, emailed }, element) => {
      setInvited({ link: `${window.location.origin}${path}`, email: email ?? "", expiresAt, emailed });
      element.reset();
    },
  });
  return (
    <form onSubmit={form.onSubmit} noValidate>
      {form.error && !form.fields.email && <p className="form-error" role="alert">{form.error}</p>}
      <p className="muted small">{t("members.addHint")}</p>
      <Field id="member-email" label={t("members.email")} error={form.fields.email}>
        <input {...fieldAria("member-email", form.fields.email)} name="email" type="email" required />
      </Field>
      <RoleSelect id="member-role" error={form.fields.role} />
      <button className="button button-primary" type="submit" disabled={form.pending}>
        {t("members.addSubmit")}
      </button>
      {invited && (
        <CreatedLink link={invited.link} testId="email-invitation-link">
          {t("members.invitedByEmail", { email: invited.email, date: new Date(invited.expiresAt).toLocaleDateString(locale) })}
          {invited.emailed && ` ${t("members.invitationEmailed")}`}
        </CreatedLink>
      )}
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
        <CreatedLink link={link} testId="invitation-link">
          {t("members.inviteCreated")}
        </CreatedLink>
      )}
    </form>
  );
}
