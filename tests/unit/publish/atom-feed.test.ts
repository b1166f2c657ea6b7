import { afterEach, describe, expect, it, vi } from "vitest";
import { atomFeed, type AtomEntry } from "@/lib/publish/atom-feed";
import { parseXml, xmlProblem } from "./helpers";

const options = (entries: AtomEntry[]) => ({
  newsroom: { name: "Les Vérificateurs", slug: "verif" },
  selfUrl: "https://factdesk.example.org/verif/feed.xml",
  siteUrl: "https://factdesk.example.org/verif",
  entries,
});

const entry = (overrides: Partial<AtomEntry> = {}): AtomEntry => ({
  id: "0b7f4f4e-9a52-4d43-9d3c-6c1d2a1e7f10",
  title: "Meta et vos données : ce qui est vrai",
  url: "https://factdesk.example.org/verif/meta-ia",
  published: "2024-06-01T09:30:00Z",
  updated: "2024-06-03T14:00:00+02:00",
  summary: "4 affirmations vérifiées : 2 vraies, 1 trompeuse, 1 invérifiable.",
  ...overrides,
});

/** Reads the feed with an XML parser, as a feed reader would. */
function readFeed(xml: string) {
  const feed = parseXml(xml).documentElement;
  const child = (parent: Element, name: string) => [...parent.children].filter((element) => element.localName === name);
  return { feed, child, entries: child(feed, "entry") };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("atomFeed", () => {
  it("is a well-formed Atom 1.0 feed with the elements Atom requires", () => {
    const xml = atomFeed(options([entry(), entry({ id: "tag:factdesk.example.org,2024:verif/other", title: "Autre", updated: "2024-05-30T08:00:00Z" })]));
    expect(xmlProblem(xml)).toBeNull();
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">')).toBe(true);
    const { feed, child, entries } = readFeed(xml);
    expect(feed.localName).toBe("feed");
    expect(child(feed, "id")[0].textContent).toBe("https://factdesk.example.org/verif/feed.xml");
    expect(child(feed, "title")[0].textContent).toBe("Les Vérificateurs");
    expect(child(feed, "author")[0].textContent).toContain("Les Vérificateurs");
    expect(child(feed, "link").map((link) => [link.getAttribute("rel"), link.getAttribute("href")])).toEqual([
      ["self", "https://factdesk.example.org/verif/feed.xml"],
      ["alternate", "https://factdesk.example.org/verif"],
    ]);
    expect(entries).toHaveLength(2);
    const [first] = entries;
    expect(child(first, "id")[0].textContent).toBe("urn:uuid:0b7f4f4e-9a52-4d43-9d3c-6c1d2a1e7f10");
    expect(child(first, "title")[0].textContent).toBe("Meta et vos données : ce qui est vrai");
    expect(child(first, "link")[0].getAttribute("href")).toBe("https://factdesk.example.org/verif/meta-ia");
    expect(child(first, "published")[0].textContent).toBe("2024-06-01T09:30:00.000Z");
    expect(child(first, "updated")[0].textContent).toBe("2024-06-03T12:00:00.000Z");
    expect(child(entries[1], "id")[0].textContent).toBe("tag:factdesk.example.org,2024:verif/other");
  });

  it("is updated when its newest entry was", () => {
    const xml = atomFeed(options([entry({ updated: "2024-05-30T08:00:00Z" }), entry({ updated: "2024-06-03T12:00:00Z" }), entry({ updated: "2024-06-01T00:00:00Z" })]));
    expect(xml).toContain("\n  <updated>2024-06-03T12:00:00.000Z</updated>\n");
  });

  it("is updated now when it has no entries, and still well-formed", () => {
    vi.useFakeTimers({ now: new Date("2025-01-02T03:04:05Z") });
    const xml = atomFeed(options([]));
    expect(xml).toContain("<updated>2025-01-02T03:04:05.000Z</updated>");
    expect(xmlProblem(xml)).toBeNull();
    expect(readFeed(xml).entries).toHaveLength(0);
  });

  it("escapes every text and address, and drops characters XML cannot hold", () => {
    const hostile = `Tom & "Jerry" <b>'s</b> ]]> \u0000\u0008\u001f\uffff\ud800`;
    const xml = atomFeed({
      ...options([entry({ title: hostile, summary: hostile, url: "https://example.org/?a=1&b=<2>\"" })]),
      newsroom: { name: hostile, slug: "x" },
    });
    expect(xmlProblem(xml)).toBeNull();
    const { feed, child, entries } = readFeed(xml);
    const clean = `Tom & "Jerry" <b>'s</b> ]]> `;
    expect(child(feed, "title")[0].textContent).toBe(clean);
    expect(child(entries[0], "title")[0].textContent).toBe(clean);
    expect(child(entries[0], "summary")[0].textContent).toBe(clean);
    expect(child(entries[0], "link")[0].getAttribute("href")).toBe("https://example.org/?a=1&b=%3C2%3E%22");
  });

  it("refuses an entry whose dates or id Atom could not carry", () => {
    expect(() => atomFeed(options([entry({ updated: "yesterday" })]))).toThrow(RangeError);
    expect(() => atomFeed(options([entry({ published: "" })]))).toThrow(RangeError);
    expect(() => atomFeed(options([entry({ id: "not an iri" })]))).toThrow(RangeError);
  });

  it("links only to http(s) addresses", () => {
    expect(() => atomFeed(options([entry({ url: "javascript:alert(1)" })]))).toThrow(RangeError);
    expect(() => atomFeed({ ...options([]), siteUrl: "/verif" })).toThrow(RangeError);
  });
});

describe("xmlProblem, the well-formedness check the feed tests rely on", () => {
  it.each([
    ["<a><b></a>", "</a> does not close the open element"],
    ["<a>1 < 2</a>", 'a stray "<" at 5'],
    ["<a>&nbsp;</a>", "bad text at 3"],
    ['<a x="1" x="2"/>', "a repeated attribute on <a>"],
    ["<a/><b/>", "2 root elements"],
    ["<a>\u0000</a>", "a character XML cannot hold"],
    ["<a>", "<a> is not closed"],
  ])("refuses %j", (xml, problem) => {
    expect(xmlProblem(xml)).toBe(problem);
  });

  it("accepts entities, comments, CDATA and attributes in single quotes", () => {
    expect(xmlProblem(`<?xml version="1.0"?><a k='v'><!-- c --><![CDATA[<x>]]>&amp;&#38;&#x26;<b/></a>`)).toBeNull();
  });
});
