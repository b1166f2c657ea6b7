import { describe, expect, it } from "vitest";
import { translator } from "@/lib/i18n/translate";
import { digestEmail } from "@/lib/notifications/digest-email";
import { XSS_PAYLOADS as payloads } from "./publish/helpers";

describe("the digest email", () => {
  it("escapes every value from people in its HTML, whatever it holds (the XSS corpus), and keeps it readable in its text", () => {
    for (const payload of payloads) {
      const { html, text } = digestEmail({
        name: payload,
        lines: [{ title: `${payload} mentioned you`, claimText: payload, articleTitle: payload, newsroomName: payload, comment: payload, link: "https://factdesk.example/desk/n/inbox/1" }],
        settingsLink: "https://factdesk.example/desk/n/profile",
        t: translator("en"),
      });
      // The only tags are the digest's own.
      const tags = [...html.matchAll(/<\/?([a-z]+)/gi)].map((m) => m[1].toLowerCase());
      expect(new Set(tags), payload).toEqual(new Set(["p", "ul", "li", "strong", "br", "blockquote", "a", "small"]));
      expect(html.match(/href="/g), payload).toHaveLength(2);
      expect(text, payload).toContain(payload);
    }
  });

  it("says how many notifications it holds, in the person's language", () => {
    const line = { title: "x", claimText: "y", articleTitle: "z", newsroomName: "n", comment: null, link: "https://factdesk.example/a" };
    expect(digestEmail({ name: "Ann", lines: [line], settingsLink: "https://factdesk.example/s", t: translator("en") }).subject).toBe("Factdesk: 1 new notification");
    expect(digestEmail({ name: "Ann", lines: [line, line], settingsLink: "https://factdesk.example/s", t: translator("fr") }).subject).toBe("Factdesk : 2 nouvelles notifications");
  });
});
