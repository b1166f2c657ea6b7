import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importFactChecks } from "@/lib/server/import-fact-checks";
import { searchArchive } from "@/lib/server/search-archive";
import { archiveSearchSchema } from "@/lib/validation/fact-check";
import { makeNewsroom, type TestNewsroom } from "../helpers/factory";
import { ratedArticle } from "../helpers/rated-article";

const DEBT = "import:La dette publique française"; // the imported review, as the helper shortens it

const search = async (team: TestNewsroom, filters: Record<string, string> = {}) =>
  (await searchArchive({ actor: team.actors.viewer, filters: archiveSearchSchema.parse(filters) })).entries.map((e) => `${e.origin}:${e.statement.slice(0, 27)}`);

describe("the claims search page's archive", () => {
  it("lists approved claims and imported fact-checks, filtered by words, type, verdict, date, origin and language, and nothing of another newsroom", async () => {
    const team = await makeNewsroom();
    const other = await makeNewsroom();
    await ratedArticle(team); // one approved date claim on "24 mai 2024", verdict "true" (Vrai), and one unrated claim
    await ratedArticle(other);
    await importFactChecks({ actor: team.actors.editor, file: { json: JSON.parse(readFileSync("tests/fixtures/archive/claim-review-graph.json", "utf8")) } });

    const all = await search(team);
    expect(all).toHaveLength(2);
    expect(all).toEqual(expect.arrayContaining([expect.stringMatching(/^newsroom:.*24 mai 2024/), DEBT]));

    expect(await search(team, { q: "dette" })).toEqual([DEBT]);
    expect(await search(team, { q: "Meta" })).toEqual([expect.stringMatching(/^newsroom:/)]);
    expect(await search(team, { q: "francaise" })).toHaveLength(1); // accent-insensitive
    expect(await search(team, { type: "date" })).toEqual([expect.stringMatching(/^newsroom:/)]); // imports have no type
    // The imported review's "Vrai" is the newsroom's "true" rating.
    expect(await search(team, { verdict: "true" })).toHaveLength(2);
    expect(await search(team, { verdict: "false" })).toEqual([]);
    expect(await search(team, { origin: "import" })).toEqual([DEBT]);
    expect(await search(team, { from: "2024-03-01", to: "2024-03-31" })).toEqual([DEBT]);
    expect(await search(team, { lang: "en" })).toEqual([]);
    expect(await search(team, { q: "", type: "", verdict: "" })).toHaveLength(2); // blank filters are no filters
  });

  it("refuses malformed filters with the field named, and hostile words are only words", async () => {
    for (const [filters, message] of [
      [{ from: "24/05/2024" }, /YYYY-MM-DD/],
      [{ type: "opinion" }, /not a claim type/],
      [{ origin: "elsewhere" }, /newsroom or import/],
      [{ page: "0" }, /at least 1/],
      [{ q: "x".repeat(201) }, /at most 200/],
    ] as const)
      expect(() => archiveSearchSchema.parse(filters)).toThrow(message);
    const team = await makeNewsroom();
    for (const q of ["'; DROP TABLE \"Claim\"; --", "a & b | !c <-> d", "\"unbalanced", "<script>alert(1)</script>", ":*"]) expect(await search(team, { q })).toEqual([]);
  });
});
