import type { Translate } from "../i18n/translate";
import { escapeMarkup } from "../publish/escape-markup";

export type DigestLine = {
  /** What happened, in words ("Edna mentioned you"). */
  title: string;
  claimText: string;
  articleTitle: string;
  newsroomName: string;
  /** The comment that mentions the person, mentions written as "@Name". */
  comment: string | null;
  /** Absolute: opens the notification (marks it read) and its claim. */
  link: string;
};

export type DigestEmail = { subject: string; text: string; html: string };

/** One email gathering a person's new notifications, as text and as HTML (every value from people escaped). */
export function digestEmail({ name, lines, settingsLink, t }: { name: string; lines: DigestLine[]; settingsLink: string; t: Translate }): DigestEmail {
  const subject = lines.length === 1 ? t("digest.subjectOne") : t("digest.subject", { count: lines.length });
  const intro = t("digest.intro", { name });
  const footer = t("digest.footer", { link: settingsLink });
  const where = (line: DigestLine) => `${line.newsroomName} — ${t("inbox.inArticle", { article: line.articleTitle })}`;
  const text = [
    intro,
    "",
    ...lines.flatMap((line) => [`• ${line.title}`, `  “${line.claimText}” ${where(line)}`, ...(line.comment ? [`  ${line.comment}`] : []), `  ${line.link}`, ""]),
    "—",
    footer,
  ].join("\n");
  const e = escapeMarkup;
  const html = [
    `<p>${e(intro)}</p>`,
    "<ul>",
    ...lines.map(
      (line) =>
        `<li><p><strong>${e(line.title)}</strong><br>“${e(line.claimText)}” ${e(where(line))}</p>` +
        (line.comment ? `<blockquote>${e(line.comment)}</blockquote>` : "") +
        `<p><a href="${e(line.link)}">${e(t("digest.open"))}</a></p></li>`,
    ),
    "</ul>",
    `<p><small>${e(t("digest.footer", { link: "" }))}<a href="${e(settingsLink)}">${e(settingsLink)}</a></small></p>`,
  ].join("\n");
  return { subject, text, html };
}
