import type { Role } from "../policies";
import { translator } from "../i18n/translate";
import { mailSettings, openMailTransport } from "./mail-transport";

export type SendInvitationEmailOptions = {
  to: string;
  /** The link's path, `/invite/<token>`. */
  path: string;
  role: Role;
  expiresAt: Date;
  newsroom: { name: string; defaultLanguage: string };
};

/**
 * Emails an invitation link when the server can send mail (EMAIL_SERVER and
 * EMAIL_FROM, as for sign-in links); true when the message was handed to the
 * mail server. A failure is logged, not thrown: the invitation exists and the
 * person who invited is shown its link either way.
 */
export async function sendInvitationEmail({ to, path, role, expiresAt, newsroom }: SendInvitationEmailOptions): Promise<boolean> {
  const settings = mailSettings();
  if (!settings) return false;
  const t = translator(newsroom.defaultLanguage === "en" ? "en" : "fr");
  const vars = {
    newsroom: newsroom.name,
    role: t(`roles.${role}`),
    link: new URL(path, settings.baseUrl).toString(),
    expires: expiresAt.toISOString().slice(0, 10),
  };
  const transport = openMailTransport(settings);
  try {
    await transport.sendMail({ from: settings.from, to, subject: t("invite.emailSubject", vars), text: t("invite.emailText", vars) });
    return true;
  } catch (error) {
    console.error(`invitation email: ${(error as Error).message}`);
    return false;
  } finally {
    transport.close();
  }
}
