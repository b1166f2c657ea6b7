import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/safe-callback-url";

const ORIGIN = "https://factdesk.example";

/** Where a browser would land if it followed the answer as a Location header from ORIGIN. */
const landing = (answer: string) => new URL(answer, `${ORIGIN}/signin`);

describe("the callback URL followed after sign-in", () => {
  // Each value is what the page receives once the query string is decoded.
  const hostile = [
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\u0000/evil.example",
    "//evil",
    "//evil.example/desk",
    "///evil.example",
    " //evil",
    "\t//evil",
    "\\\\evil",
    "\\/evil.example",
    "/\\/evil.example",
    "https://evil",
    "http://evil.example/desk",
    "HTTPS://evil.example",
    "https://factdesk.example.evil.example/desk",
    "https://factdesk.example@evil.example/",
    "http://factdesk.example/desk",
    "https://factdesk.example:444/desk",
    "javascript:alert(1)",
    "JavaScript:alert(document.domain)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "mailto:someone@evil.example",
    "/.//evil.example",
    "/desk/..//evil.example",
    "/./\\evil.example",
    "",
    undefined,
    null,
    42,
    ["/desk", "//evil"],
  ];

  it.each(hostile.map((value) => [JSON.stringify(value), value]))("refuses %s and goes to /desk", (_, value) => {
    expect(safeCallbackUrl(value, ORIGIN)).toBe("/desk");
  });

  // Values still percent-encoded (a callback URL encoded twice) and scheme-relative
  // spellings resolve to paths on this site, as a browser would resolve them.
  it.each(["/%5Cevil.example", "/%5C%5Cevil.example", "/%2F%2Fevil.example", "/%09/evil.example", "%2F%2Fevil.example", "https:evil.example", "evil.example"])(
    "keeps %s on this site",
    (value) => {
      const answer = safeCallbackUrl(value, ORIGIN);
      expect(landing(answer).origin).toBe(ORIGIN);
      expect(answer).toMatch(/^\/(?![/\\])/);
    },
  );

  it.each([
    ["/desk", "/desk"],
    ["/desk/demo?x=1#y", "/desk/demo?x=1#y"],
    ["/desk/demo/articles/some-slug?tab=claims", "/desk/demo/articles/some-slug?tab=claims"],
    ["/invite/abc123", "/invite/abc123"],
    ["/desk/../desk/demo", "/desk/demo"],
    ["https://factdesk.example/desk/demo?x=1", "/desk/demo?x=1"],
    ["/", "/"],
  ])("follows %s to %s", (value, expected) => {
    expect(safeCallbackUrl(value, ORIGIN)).toBe(expected);
  });

  it("compares with the app's origin, whatever path the origin is given with", () => {
    expect(safeCallbackUrl("http://localhost:3000/desk/demo", "http://localhost:3000/")).toBe("/desk/demo");
    expect(safeCallbackUrl("http://localhost:3001/desk/demo", "http://localhost:3000")).toBe("/desk");
  });
});
