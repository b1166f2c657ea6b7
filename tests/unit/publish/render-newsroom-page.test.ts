import { describe, expect, it } from "vitest";
import { renderNewsroomPage } from "@/lib/publish/render-newsroom-page";
import { claim, parsePage, snapshot, verdict } from "./helpers";

const index = (articles: Parameters<typeof renderNewsroomPage>[0]["articles"]) =>
  parsePage(renderNewsroomPage({ newsroom: { name: "Les Vérificateurs" }, baseUrl: "https://factdesk.example.org/verif", feedUrl: "https://factdesk.example.org/verif/feed.xml", articles }));

describe("renderNewsroomPage", () => {
  it("lists each fact-check with its date, its number of claims and its verdicts", () => {
    const latest = snapshot({ claims: [claim({ verdict: verdict("false") }), claim({ verdict: verdict("false") }), claim()] });
    const page = index([{ url: "https://factdesk.example.org/verif/meta-ia", latest, updatedAt: new Date("2024-06-02T08:00:00Z") }]);
    const entry = page.querySelector(".entry")!;
    expect(entry.querySelector("h2 a")!.getAttribute("href")).toBe("https://factdesk.example.org/verif/meta-ia");
    expect(entry.querySelector("h2")!.textContent).toBe("Meta et vos données personnelles : ce qui est vrai");
    expect(entry.querySelector(".byline")!.textContent).toBe("2 juin 2024 · 3 affirmations vérifiées");
    expect([...entry.querySelectorAll(".verdict-counts li")].map((li) => li.textContent)).toEqual(["✓Vrai× 1", "✗Faux× 2"]);
    expect(page.querySelector('link[rel="alternate"]')!.getAttribute("href")).toBe("https://factdesk.example.org/verif/feed.xml");
    expect(page.querySelectorAll("script")).toHaveLength(0);
  });

  it("says so when nothing is published yet", () => {
    const page = index([]);
    expect(page.querySelector("main")!.textContent).toContain("Aucune vérification publiée pour l’instant.");
    expect(page.querySelector(".entries")).toBeNull();
  });

  it("marks an entry in another language than the page's", () => {
    const page = index([
      { url: "https://factdesk.example.org/verif/a", latest: snapshot(), updatedAt: new Date() },
      { url: "https://factdesk.example.org/verif/b", latest: snapshot({ language: "en" }), updatedAt: new Date() },
    ]);
    expect(page.documentElement.getAttribute("lang")).toBe("fr");
    expect([...page.querySelectorAll(".entry")].map((entry) => entry.getAttribute("lang"))).toEqual([null, "en"]);
  });
});
