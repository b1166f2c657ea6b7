import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { claimCard } from "@/lib/publish/claim-card";
import type { VersionSnapshot } from "@/lib/publish/snapshot";
import { decideClaimMatch } from "@/lib/server/decide-claim-match";
import { importFactChecks } from "@/lib/server/import-fact-checks";
import { publishArticle } from "@/lib/server/publish-article";
import { readClaimContext } from "@/lib/server/read-claim-context";
import { makeNewsroom, type TestNewsroom } from "../helpers/factory";
import { ratedArticle } from "../helpers/rated-article";

const memory = async (team: TestNewsroom, claimId: string) => (await readClaimContext({ actor: team.actors.viewer, claimId })).alreadyChecked;

async function decisionsOf(claimId: string) {
  return db().claimMatch.findMany({ where: { claimId }, select: { decision: true, matchedClaimId: true, matchedFactCheckId: true } });
}

async function latestSnapshot(articleId: string): Promise<VersionSnapshot> {
  const version = await db().publishedVersion.findFirstOrThrow({ where: { articleId }, orderBy: { version: "desc" } });
  return version.claimsSnapshot as unknown as VersionSnapshot;
}

describe("linking and dismissing earlier fact-checks", () => {
  it("links an earlier claim (first on the card, audited), takes it back, dismisses it (never offered again), and undoes that", async () => {
    const team = await makeNewsroom();
    const earlier = await ratedArticle(team);
    const again = await ratedArticle(team);
    const offered = await memory(team, again.rated);
    expect(offered[0]).toMatchObject({ id: earlier.rated, origin: "newsroom", linked: false });
    expect(offered[0].score).toBeGreaterThan(0);

    const link = { claimId: again.rated, matchId: earlier.rated, origin: "newsroom" as const };
    await decideClaimMatch({ actor: team.actors.fact_checker, input: { ...link, decision: "linked" } });
    const linked = await memory(team, again.rated);
    expect(linked[0]).toMatchObject({ id: earlier.rated, linked: true, score: null, verdict: "Vrai" });
    expect(linked.filter((m) => m.id === earlier.rated)).toHaveLength(1);

    await decideClaimMatch({ actor: team.actors.fact_checker, input: { ...link, decision: "dismissed" } });
    expect((await memory(team, again.rated)).map((m) => m.id)).not.toContain(earlier.rated);
    expect(await decisionsOf(again.rated)).toEqual([{ decision: "dismissed", matchedClaimId: earlier.rated, matchedFactCheckId: null }]);

    await decideClaimMatch({ actor: team.actors.fact_checker, input: { ...link, decision: "undecided" } });
    expect(await decisionsOf(again.rated)).toEqual([]);
    expect((await memory(team, again.rated))[0]).toMatchObject({ id: earlier.rated, linked: false });

    const audit = await db().auditEvent.findMany({ where: { objectId: again.rated, action: { startsWith: "claim.match." } }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["claim.match.linked", "claim.match.dismissed", "claim.match.undecided"]);
    expect(audit[1]).toMatchObject({ actorId: team.users.fact_checker.id, before: { decision: "linked" }, after: { decision: "dismissed", matchId: earlier.rated } });
  });

  it("links an imported fact-check, and refuses what is not an earlier fact-check of the newsroom, storing nothing", async () => {
    const team = await makeNewsroom();
    const other = await makeNewsroom();
    const { rated, unrated } = await ratedArticle(team);
    const foreign = await ratedArticle(other);
    await importFactChecks({ actor: team.actors.editor, file: { json: JSON.parse(readFileSync("tests/fixtures/archive/claim-review-graph.json", "utf8")) } });
    const imported = await db().archivedFactCheck.findFirstOrThrow({ where: { newsroomId: team.newsroom.id } });

    await decideClaimMatch({ actor: team.actors.fact_checker, input: { claimId: rated, matchId: imported.id, origin: "import", decision: "linked" } });
    expect((await memory(team, rated))[0]).toMatchObject({ id: imported.id, origin: "import", linked: true, url: imported.reviewUrl });

    const refusals: [Parameters<typeof decideClaimMatch>[0], RegExp][] = [
      [{ actor: team.actors.viewer, input: { claimId: unrated, matchId: rated, origin: "newsroom", decision: "linked" } }, /role does not allow/],
      [{ actor: team.actors.fact_checker, input: { claimId: unrated, matchId: unrated, origin: "newsroom", decision: "linked" } }, /itself/],
      // An unrated claim is not an earlier fact-check; another newsroom's claim or fact-check is not found.
      [{ actor: team.actors.fact_checker, input: { claimId: rated, matchId: unrated, origin: "newsroom", decision: "linked" } }, /No such approved claim/],
      [{ actor: team.actors.fact_checker, input: { claimId: unrated, matchId: foreign.rated, origin: "newsroom", decision: "linked" } }, /No such approved claim/],
      [{ actor: team.actors.fact_checker, input: { claimId: unrated, matchId: rated, origin: "import", decision: "linked" } }, /No such fact-check/],
      [{ actor: other.actors.owner, input: { claimId: unrated, matchId: rated, origin: "newsroom", decision: "linked" } }, /No such claim/],
    ];
    for (const [options, error] of refusals) await expect(decideClaimMatch(options)).rejects.toThrow(error);
    expect(await decisionsOf(unrated)).toEqual([]);
    expect(await db().claimMatch.count({ where: { newsroomId: other.newsroom.id } })).toBe(0);
  });

  it("shows a linked earlier fact-check on the public card once it is itself public", async () => {
    const team = await makeNewsroom();
    const earlier = await ratedArticle(team);
    const again = await ratedArticle(team);
    await decideClaimMatch({ actor: team.actors.fact_checker, input: { claimId: again.rated, matchId: earlier.rated, origin: "newsroom", decision: "linked" } });

    // The earlier claim's article is not published: the public sees nothing of it.
    await publishArticle({ actor: team.actors.editor, articleId: again.article.id });
    expect((await latestSnapshot(again.article.id)).claims[0].checkedBefore).toEqual([]);

    await publishArticle({ actor: team.actors.editor, articleId: earlier.article.id });
    await publishArticle({ actor: team.actors.editor, articleId: again.article.id, note: "Lien vers la vérification antérieure" });
    const [claim] = (await latestSnapshot(again.article.id)).claims;
    expect(claim.checkedBefore).toEqual([
      { origin: "newsroom", statement: expect.stringContaining("24 mai 2024"), verdict: "Vrai", checkedBy: team.newsroom.name, date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), url: `/${team.newsroom.slug}/${earlier.article.slug}#card-${earlier.rated}` },
    ]);
    const card = claimCard(claim, "fr");
    expect(card).toContain("Nous avons déjà vérifié cette affirmation");
    expect(card).toContain(`href="/${team.newsroom.slug}/${earlier.article.slug}#card-${earlier.rated}"`);
  });

  it("never links a hostile address on the public card", () => {
    const base = { origin: "import" as const, statement: "x", verdict: "Faux", checkedBy: null, date: null };
    const card = (url: string) => claimCard({ id: "c1", type: "other", quotedText: "x", normalized: {}, verdict: { key: "false", labelFr: "Faux", labelEn: "False", color: "#b00", ratingValue: 1 }, rationale: "", sources: [], proposedBy: "", approvedBy: "", anchor: null, checkedBefore: [{ ...base, url }] }, "en");
    for (const url of ["javascript:alert(1)", "//evil.example/x", "data:text/html,<script>alert(1)</script>", "/a\"onmouseover=\"alert(1)"]) expect(card(url)).not.toMatch(/<a href="(javascript|\/\/|data|\/a")/);
    expect(card("https://factuel.afp.com/x")).toContain('href="https://factuel.afp.com/x"');
    expect(card("https://factuel.afp.com/x")).toContain("Checked before");
  });
});
