import { escapeRe } from "../claims/text";

// A mention in a comment is stored as "<@user-id>", so that renaming the person
// changes how it reads, never whom it names. The comment box shows "@Name" and
// writes the token when the comment is sent.

const MENTION = /<@([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})>/gi;

/** The stored form of a mention of this user. */
export function mentionToken(userId: string): string {
  return `<@${userId}>`;
}

/** The distinct user ids a comment body mentions, in order of first mention (lower-case). */
export function mentionedUserIds(body: string): string[] {
  return [...new Set(Array.from(body.matchAll(MENTION), (m) => m[1].toLowerCase()))];
}

export type BodyPart = { text: string } | { mention: string; name: string | null };

/** The body cut into text and mentions, each mention with the person's current name (null: not a member any more). */
export function splitMentions(body: string, nameOf: (userId: string) => string | undefined): BodyPart[] {
  const parts: BodyPart[] = [];
  let last = 0;
  for (const match of body.matchAll(MENTION)) {
    if (match.index > last) parts.push({ text: body.slice(last, match.index) });
    const id = match[1].toLowerCase();
    parts.push({ mention: id, name: nameOf(id) ?? null });
    last = match.index + match[0].length;
  }
  if (last < body.length) parts.push({ text: body.slice(last) });
  return parts;
}

/** The body as plain text, each mention as "@Name" (emails, previews). */
export function mentionsAsText(body: string, nameOf: (userId: string) => string | undefined, unknownName: string): string {
  return splitMentions(body, nameOf)
    .map((part) => ("text" in part ? part.text : `@${part.name ?? unknownName}`))
    .join("");
}

/**
 * What the comment box sends: each "@Name" of a member becomes their token
 * when no letter or digit follows it ("@Annabel" is not Ann). Longest names
 * first, so "@Ann Lee" wins over "@Ann".
 */
export function encodeMentions(text: string, members: readonly { id: string; name: string }[]): string {
  const byLength = [...members].filter((m) => m.name).sort((a, b) => b.name.length - a.name.length);
  let encoded = text;
  for (const person of byLength) {
    encoded = encoded.replace(new RegExp(`@${escapeRe(person.name)}(?![\\p{L}\\p{N}_])`, "gu"), () => mentionToken(person.id));
  }
  return encoded;
}
