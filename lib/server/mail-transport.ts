import nodemailer from "nodemailer";

export type MailSettings = { server: string; from: string; baseUrl: string };

/** How this server sends mail (EMAIL_SERVER, EMAIL_FROM, as for sign-in links), or null when it cannot. */
export function mailSettings(): MailSettings | null {
  const { EMAIL_SERVER: server, EMAIL_FROM: from, NEXTAUTH_URL: baseUrl } = process.env;
  return server && from && baseUrl ? { server, from, baseUrl } : null;
}

/** A transport to the mail server; the caller closes it. Short timeouts: nodemailer's defaults reach minutes. */
export function openMailTransport(settings: MailSettings) {
  return nodemailer.createTransport(settings.server, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
}
