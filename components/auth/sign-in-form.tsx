"use client";

import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { fieldAria, Field } from "@/components/ui/field";
import { useI18n } from "@/components/ui/i18n-provider";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";
import { LocaleSwitcher } from "@/components/ui/locale-switcher";
import { signInErrorMessage } from "./sign-in-error";

type Props = { callbackUrl: string; initialError?: string; checkEmail: boolean; github: boolean; emailLink: boolean };

export function SignInForm({ callbackUrl, initialError, checkEmail, github, emailLink }: Props) {
  const { t } = useI18n();
  const [error, setError] = useState(initialError ? signInErrorMessage(initialError, t) : "");
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError("");
    const result = await signIn("credentials", {
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      // The page already checked it; checked again here because this is where the browser goes.
      window.location.assign(safeCallbackUrl(callbackUrl, window.location.origin));
      return;
    }
    setPending(false);
    setError(signInErrorMessage(result?.error ?? "", t));
  }

  async function sendLink(email: string) {
    await signIn("email", { email, callbackUrl });
  }

  return (
    <>
      {checkEmail && <p className="notice">{t("signin.checkEmail")}</p>}
      {error && (
        <p className="form-error" role="alert" data-testid="signin-error">
          {error}
        </p>
      )}
      <form onSubmit={onSubmit} noValidate>
        <Field id="email" label={t("signin.email")}>
          <input {...fieldAria("email")} type="email" autoComplete="username" required autoFocus />
        </Field>
        <Field id="password" label={t("signin.password")}>
          <input {...fieldAria("password")} type="password" autoComplete="current-password" required />
        </Field>
        <button className="button button-primary" type="submit" disabled={pending} style={{ width: "100%" }}>
          {pending ? t("signin.submitting") : t("signin.submit")}
        </button>
      </form>
      {(github || emailLink) && <p className="divider">{t("signin.or")}</p>}
      {github && (
        <button className="button" type="button" style={{ width: "100%" }} onClick={() => signIn("github", { callbackUrl })}>
          {t("signin.github")}
        </button>
      )}
      {emailLink && (
        <button
          className="button"
          type="button"
          style={{ width: "100%", marginTop: "0.5rem" }}
          onClick={() => {
            const input = document.getElementById("email") as HTMLInputElement | null;
            if (input?.value) void sendLink(input.value);
            else input?.focus();
          }}
        >
          {t("signin.emailLink")}
        </button>
      )}
      <div style={{ marginTop: "1.25rem" }}>
        <LocaleSwitcher />
      </div>
    </>
  );
}
