import { describe, expect, it } from "vitest";
import { matchPublicRoute } from "@/lib/public/routes";

describe("matchPublicRoute", () => {
  it("names the public URLs", () => {
    expect(matchPublicRoute("/demo")).toEqual({ kind: "newsroom", newsroom: "demo" });
    expect(matchPublicRoute("/demo/feed.xml")).toEqual({ kind: "feed", newsroom: "demo" });
    expect(matchPublicRoute("/demo/claimreview.json")).toEqual({ kind: "claimreview", newsroom: "demo" });
    expect(matchPublicRoute("/demo/meta-ia")).toEqual({ kind: "article", newsroom: "demo", slug: "meta-ia" });
    expect(matchPublicRoute("/demo/meta-ia/v/2")).toEqual({ kind: "version", newsroom: "demo", slug: "meta-ia", version: "2" });
    expect(matchPublicRoute("/demo/meta-ia/v/2/annotations.jsonld")).toEqual({ kind: "annotations", newsroom: "demo", slug: "meta-ia", version: "2" });
    expect(matchPublicRoute("/d%C3%A9mo/a")).toEqual({ kind: "article", newsroom: "démo", slug: "a" });
  });

  it("leaves the app's own paths and malformed ones to the app", () => {
    for (const path of ["/", "/desk", "/desk/demo/articles", "/api/v1/articles", "/_next/static/x.js", "/signin", "/icon.svg", "/demo/", "/demo//x", "/demo/a/x/2", "/demo/a/v", "/demo/a/v/2/other", "/a/b/v/1/annotations.jsonld/x", "/%E0%A4%A"]) {
      expect(matchPublicRoute(path), path).toBeNull();
    }
  });
});
