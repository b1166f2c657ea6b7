import { escapeMarkup } from "./escape-markup";
import { webUrl } from "./web-url";

export type AtomEntry = { title: string; url: string; updated: string; published: string; summary: string; id: string };

export type AtomFeedOptions = {
  newsroom: { name: string; slug: string };
  selfUrl: string;
  siteUrl: string;
  entries: AtomEntry[];
};

// Characters XML 1.0 cannot hold even escaped (C0 controls, lone surrogates,
// U+FFFE/U+FFFF): one of them would make the whole feed unreadable.
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

function xmlText(value: string): string {
  return escapeMarkup(value.replace(NOT_XML, ""));
}

/** RFC 3339 timestamps, as Atom requires. */
function atomDate(value: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new RangeError(`Not a date: ${JSON.stringify(value)}`);
  return new Date(time).toISOString();
}

/** Feed readers follow these links: http(s) only. */
function atomUrl(value: string): string {
  const url = webUrl(value);
  if (!url) throw new RangeError(`A feed link must be an http(s) URL, not ${JSON.stringify(value)}`);
  return escapeMarkup(url);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Atom ids are IRIs that never change: a bare UUID becomes urn:uuid:…. */
function atomId(id: string): string {
  if (UUID.test(id)) return `urn:uuid:${id.toLowerCase()}`;
  if (/^[a-z][a-z0-9+.-]*:\S+$/i.test(id)) return id;
  throw new RangeError(`An Atom id must be an IRI or a UUID, not ${JSON.stringify(id)}`);
}

function entryXml(entry: AtomEntry): string {
  return [
    "  <entry>",
    `    <id>${xmlText(atomId(entry.id))}</id>`,
    `    <title type="text">${xmlText(entry.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${atomUrl(entry.url)}"/>`,
    `    <published>${atomDate(entry.published)}</published>`,
    `    <updated>${atomDate(entry.updated)}</updated>`,
    `    <summary type="text">${xmlText(entry.summary)}</summary>`,
    "  </entry>",
  ].join("\n");
}

/**
 * An Atom 1.0 feed of a newsroom's fact-checks. Every text is escaped, the
 * feed's `updated` is its newest entry's (now when it has none), and the
 * newsroom is the feed's author, as Atom requires when entries have none.
 */
export function atomFeed(options: AtomFeedOptions): string {
  const { newsroom, entries } = options;
  const [selfUrl, siteUrl] = [atomUrl(options.selfUrl), atomUrl(options.siteUrl)];
  const updated = entries.length ? Math.max(...entries.map((entry) => Date.parse(atomDate(entry.updated)))) : Date.now();
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${selfUrl}</id>`,
    `  <title type="text">${xmlText(newsroom.name)}</title>`,
    `  <updated>${new Date(updated).toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${selfUrl}"/>`,
    `  <link rel="alternate" type="text/html" href="${siteUrl}"/>`,
    `  <author><name>${xmlText(newsroom.name)}</name><uri>${siteUrl}</uri></author>`,
    "  <generator>Factdesk</generator>",
    ...entries.map(entryXml),
    "</feed>",
    "",
  ].join("\n");
}
