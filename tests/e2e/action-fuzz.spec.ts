import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { db } from "@/lib/db/prisma";
import { addMember } from "@/lib/server/add-member";
import { pagesPort } from "../../playwright.config";
import { makeNewsroom, makeUser } from "../helpers/factory";
import { startFixtureServer } from "../helpers/fixture-server";
import { ratedArticle } from "../helpers/rated-article";
import { apiSession, DEMO_PASSWORD, signIn } from "./helpers";
import { describeValue, ODD_VALUES, paths, random, replaced } from "./fuzz-values";
import { builtServerActions, callAction, sourceServerActionNames, workerUrl, type ServerAction } from "./server-actions";

// Seeded fuzzing of every server action, through the production server over
// HTTP as a hostile client would send it: each call is a working one with one
// argument value replaced by an odd one (the API half is
// tests/integration/api-fuzz.test.ts). Whatever the answer, it is never a 500,
// and a refused call changes nothing in the test's newsroom.

const SEED = Number(process.env.FUZZ_SEED ?? 20261204);
const ROUNDS_PER_ACTION = Number(process.env.FUZZ_ROUNDS ?? 16);
const TIME_BUDGET_MS = 40_000;

/**
 * Everything a call could change for the test's newsroom and for the two
 * users the fuzzed calls act as, as text. The article's derived text and JSON are left out:
 * the live document refreshes them by itself.
 */
async function stateOf(newsroomId: string, userIds: string[]): Promise<string> {
  const rows = await db().$queryRawUnsafe<{ state: string }[]>(
    `SELECT concat_ws('§',
       (SELECT n::text FROM "Newsroom" n WHERE id = $1::uuid),
       (SELECT string_agg(row(id, slug, title, language, "sourceUrl", "sourcePublisher", "sourcePublishedAt", status)::text, '|' ORDER BY id) FROM "Article" WHERE "newsroomId" = $1::uuid),
       (SELECT string_agg(c::text, '|' ORDER BY c.id) FROM "Claim" c WHERE "newsroomId" = $1::uuid),
       (SELECT string_agg(s::text, '|' ORDER BY s.id) FROM "Source" s WHERE "newsroomId" = $1::uuid),
       (SELECT string_agg(m::text, '|' ORDER BY m.id) FROM "Comment" m WHERE "newsroomId" = $1::uuid),
       (SELECT string_agg(v::text, '|' ORDER BY v.id) FROM "PublishedVersion" v WHERE "newsroomId" = $1::uuid),
       (SELECT string_agg(ms::text, '|' ORDER BY ms.id) FROM "Membership" ms WHERE "newsroomId" = $1::uuid OR "userId" = ANY($2::uuid[])),
       (SELECT string_agg(i::text, '|' ORDER BY i.id) FROM "Invitation" i WHERE "newsroomId" = $1::uuid),
       (SELECT string_agg(t::text, '|' ORDER BY t.id) FROM "ApiToken" t WHERE "newsroomId" = $1::uuid),
       (SELECT string_agg(d::text, '|' ORDER BY d.id) FROM "DismissedSuggestion" d WHERE "newsroomId" = $1::uuid),
       (SELECT string_agg(row(id, locale)::text, '|' ORDER BY id) FROM "User" WHERE id = ANY($2::uuid[])),
       (SELECT count(*)::text FROM "AuditEvent" WHERE "newsroomId" = $1::uuid)) AS state`,
    newsroomId,
    userIds,
  );
  return rows[0].state;
}

async function one<T>(sql: string, ...values: unknown[]): Promise<T> {
  const rows = await db().$queryRawUnsafe<T[]>(sql, ...values);
  expect(rows.length, sql).toBe(1);
  return rows[0];
}

const SOURCE = {
  url: "https://example.org/source",
  title: "Le rapport",
  publisher: "Éditeur",
  publishedAt: "2024-05-24",
  archiveUrl: "https://archive.example.org/source",
  excerpt: "Un extrait.",
  kind: "primary_document",
  stance: "supports",
};

type Base = { as?: "outsider"; args: unknown[] };

test("server actions fuzz: odd values never give a 500, and a refused call changes nothing", async ({ baseURL }) => {
  test.setTimeout(TIME_BUDGET_MS + 60_000);
  const origin = new URL(baseURL!).origin;
  const pages = await startFixtureServer(pagesPort);
  const actions = new Map(builtServerActions().filter((a) => a.file.startsWith("app/")).map((a) => [a.name, a]));

  // The fixture: a newsroom of its own (one member per role), an article with claims, and an outsider.
  const team = await makeNewsroom();
  const { article, rated } = await ratedArticle(team);
  const outsiderUser = await makeUser("outsider");
  const owner = await apiSession(baseURL!, team.users.owner.email, team.users.owner.password);
  const checker = await apiSession(baseURL!, team.users.fact_checker.email, team.users.fact_checker.password);
  const outsider = await apiSession(baseURL!, outsiderUser.email, outsiderUser.password);
  const nr = team.newsroom.slug;
  const params = { newsroom: nr, slug: article.slug, token: "invitation" };
  const userIds = [team.users.owner.id, outsiderUser.id];

  const send = (session: APIRequestContext, action: ServerAction, args: unknown[]) => callAction(session, origin, action, workerUrl(action.workers[0], params), args);
  /** A call the fixture needs: it must succeed. */
  async function ok<T = Record<string, unknown>>(session: APIRequestContext, name: string, args: unknown[]): Promise<T> {
    const answer = await send(session, actions.get(name)!, args);
    expect(answer.result, `${name} ${JSON.stringify(args)} → ${answer.http} ${answer.text}`).toMatchObject({ ok: true });
    return (answer.result as { data: T }).data;
  }
  const revisionOf = async (claimId: string) => (await one<{ revision: number }>(`SELECT revision FROM "Claim" WHERE id = $1::uuid`, claimId)).revision;
  async function freshClaim() {
    const id = randomUUID();
    await ok(owner, "createClaimAction", [nr, { id, articleId: article.id, type: "other", quotedText: "Meta", normalized: { note: "à voir" } }]);
    return { claimId: id, revision: await revisionOf(id) };
  }
  const freshSource = () => ok<{ id: string; updatedAt: string }>(owner, "addSourceAction", [nr, { claimId: rated, ...SOURCE }]);
  async function proposedClaim() {
    const { claimId, revision } = await freshClaim();
    await ok(owner, "addSourceAction", [nr, { claimId, ...SOURCE }]); // the sourcing rule, before a verdict is approved
    await ok(checker, "proposeVerdictAction", [nr, { claimId, revision, verdictKey: "true", rationale: "La notification est datée." }]);
    return { claimId, revision: await revisionOf(claimId) };
  }
  async function approvedClaim() {
    const proposed = await proposedClaim();
    await ok(owner, "approveVerdictAction", [nr, proposed]);
    return { claimId: proposed.claimId, revision: await revisionOf(proposed.claimId) };
  }
  const comment = await ok<{ id: string }>(owner, "addCommentAction", [nr, { claimId: rated, body: "Premier commentaire." }]);
  const viewerMembership = await one<{ id: string }>(`SELECT id FROM "Membership" WHERE "userId" = $1::uuid AND "newsroomId" = $2::uuid`, team.users.viewer.id, team.newsroom.id);
  const body = JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Le 24 mai 2024, Meta a annoncé un changement." }] }] });

  /** A call that works, for each action (its preconditions made afresh where the call uses them up). */
  const BASES: Record<string, () => Promise<Base>> = {
    setLocaleAction: async () => ({ args: ["en"] }),
    createNewsroomAction: async () => ({ args: [{ name: "Salle de test", slug: `fuzz-${randomUUID().slice(0, 8)}`, publicUrl: "https://example.org/", defaultLanguage: "fr" }] }),
    createArticleAction: async () => ({
      args: [nr, { title: "Un article", language: "fr", sourceUrl: "https://example.org/a", sourcePublisher: "Média", sourceAuthor: "Autrice", sourcePublishedAt: "2024-05-24", contentJson: body, submissionId: randomUUID() }],
    }),
    createClaimAction: async () => ({ args: [nr, { id: randomUUID(), articleId: article.id, type: "date", quotedText: "24 mai 2024", normalized: { date: "2024-05-24" } }] }),
    updateClaimAction: async () => ({ args: [nr, { ...(await freshClaim()), normalized: { note: "à vérifier" }, assigneeId: team.users.owner.id, state: "in_progress", dueDate: "2026-12-31", priority: "high" }] }),
    proposeVerdictAction: async () => ({ args: [nr, { ...(await freshClaim()), verdictKey: "true", rationale: "Une raison." }] }),
    approveVerdictAction: async () => ({ args: [nr, await proposedClaim()] }),
    reopenClaimAction: async () => ({ args: [nr, await approvedClaim()] }),
    archiveClaimAction: async () => ({ args: [nr, await freshClaim()] }),
    addSourceAction: async () => ({ args: [nr, { claimId: rated, ...SOURCE }] }),
    updateSourceAction: async () => {
      const source = await freshSource();
      return { args: [nr, { sourceId: source.id, expectedUpdatedAt: source.updatedAt, ...SOURCE, title: "Le rapport, corrigé" }] };
    },
    removeSourceAction: async () => ({ args: [nr, { sourceId: (await freshSource()).id }] }),
    addCommentAction: async () => ({ args: [nr, { claimId: rated, body: "Une remarque.", parentId: comment.id }] }),
    resolveCommentAction: async () => ({ args: [nr, { commentId: comment.id, resolved: true }] }),
    getClaimAction: async () => ({ args: [nr, rated] }),
    getClaimHistoryAction: async () => ({ args: [nr, rated] }),
    readClaimContextAction: async () => ({ args: [nr, rated] }),
    recaptureSourceAction: async () => ({ args: [nr, { sourceId: (await freshSource()).id }] }),
    // The saved French article, served by the fixture server the app may fetch from.
    previewArticleImportAction: async () => ({ args: [nr, { url: `${pages.origin}/fr/meta-ia.html` }] }),
    importFactChecksAction: async () => ({
      args: [nr, { name: "fuzz.json", text: JSON.stringify([{ "@type": "ClaimReview", url: "https://example.org/review#fuzz", claimReviewed: "Meta a annoncé un changement.", reviewRating: { alternateName: "Vrai" } }]) }],
    }),
    checkSuggestionsAction: async () => ({ args: [nr, { articleId: article.id, suggestions: [{ key: "date|24 mai 2024|3", type: "date", text: "24 mai 2024", sentence: "Le 24 mai 2024, Meta a annoncé." }] }] }),
    decideClaimMatchAction: async () => ({ args: [nr, { claimId: (await freshClaim()).claimId, matchId: rated, origin: "newsroom", decision: "dismissed" }] }),
    dismissSuggestionAction: async () => ({ args: [nr, { articleId: article.id, type: "date", text: "24 mai 2024" }] }),
    previewPublicationAction: async () => ({ args: [nr, { articleId: article.id }] }),
    publishArticleAction: async () => ({ args: [nr, { articleId: article.id, note: "Une correction." }] }),
    unpublishArticleAction: async () => {
      const { status } = await one<{ status: string }>(`SELECT status::text FROM "Article" WHERE id = $1::uuid`, article.id);
      if (status !== "published") await ok(owner, "publishArticleAction", [nr, { articleId: article.id, note: "Publié à nouveau." }]);
      return { args: [nr, { articleId: article.id }] };
    },
    updateSourcingRuleAction: async () => ({ args: [nr, { minSources: 1, exemptVerdicts: ["unproven"] }] }),
    createInvitationAction: async () => ({ args: [nr, { role: "viewer", days: 7 }] }),
    acceptInvitationAction: async () => {
      const { path } = await ok<{ path: string }>(owner, "createInvitationAction", [nr, { role: "viewer", days: 7 }]);
      await db().membership.deleteMany({ where: { userId: outsiderUser.id, newsroomId: team.newsroom.id } });
      return { as: "outsider", args: [path.split("/").pop()] };
    },
    changeMemberRoleAction: async () => ({ args: [nr, { membershipId: viewerMembership.id, role: "fact_checker" }] }),
    removeMemberAction: async () => {
      const member = await makeUser("member");
      await addMember({ actor: team.actors.owner, email: member.email, role: "viewer" });
      const { id } = await one<{ id: string }>(`SELECT id FROM "Membership" WHERE "userId" = $1::uuid`, member.id);
      return { args: [nr, { membershipId: id }] };
    },
    createApiTokenAction: async () => ({ args: [nr, { name: "CMS" }] }),
    revokeApiTokenAction: async () => {
      const active = () => db().apiToken.findFirst({ where: { userId: team.users.owner.id, newsroomId: team.newsroom.id, revokedAt: null }, select: { id: true } });
      if (!(await active())) await ok(owner, "createApiTokenAction", [nr, { name: "À révoquer" }]);
      return { args: [nr, { tokenId: (await active())!.id }] };
    },
    markAllNotificationsReadAction: async () => ({ args: [nr] }),
    setEmailNotificationsAction: async () => ({ args: [{ emailNotifications: false }] }),
  };

  // Every action of the app is fuzzed: one added without a working call here fails this test.
  const names = sourceServerActionNames();
  expect(names.length).toBeGreaterThanOrEqual(25);
  expect([...actions.keys()].sort(), "the build's actions are the sources' (rebuild?)").toEqual(names);
  expect(Object.keys(BASES).sort(), "a working call for every server action").toEqual(names);

  const started = Date.now();
  let calls = 0;
  let refused = 0;
  for (const [index, name] of names.entries()) {
    const action = actions.get(name)!;
    const next = random([...name].reduce((hash, c) => Math.imul(hash ^ c.charCodeAt(0), 16777619), SEED));
    const deadline = started + (TIME_BUDGET_MS * (index + 1)) / names.length;
    for (let round = 0; round <= ROUNDS_PER_ACTION && (round < 2 || Date.now() < deadline); round++) {
      const base = await BASES[name]();
      const session = base.as === "outsider" ? outsider : owner;
      // Round 0 is the working call itself; then one value replaced by an odd one, or an own "__proto__" key added.
      let args = base.args;
      let what = `${name} round ${round}: the working call`;
      if (round > 0) {
        const odd = ODD_VALUES[Math.floor(next() * ODD_VALUES.length)]();
        const objects = paths(args).filter((p) => {
          const value = p.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], args);
          return typeof value === "object" && value !== null && !Array.isArray(value);
        });
        const targets = [...paths(args), ...objects.map((p) => [...p, "__proto__"])];
        const target = targets[Math.floor(next() * targets.length)];
        args = replaced(args, target, odd) as unknown[];
        what = `${name} round ${round}: args.${target.join(".")} = ${describeValue(odd)}`;
      }
      const before = await stateOf(team.newsroom.id, userIds);
      const answer = await send(session, action, args);
      calls++;
      // Soft: one run lists every failing call.
      expect.soft(answer.http, `${what} → ${answer.text}`).toBeLessThan(500);
      expect.soft(answer.result, `${what}: no result in ${answer.text}`).toBeDefined();
      const result = answer.result;
      if (round === 0) expect.soft(result, `${what} → ${answer.text}`).toMatchObject({ ok: true });
      if (!result || result.ok) continue;
      refused++;
      expect.soft(result.status, `${what} → ${answer.text}`).toBeLessThan(500);
      expect.soft(result.error, what).toBeTruthy();
      expect.soft(await stateOf(team.newsroom.id, userIds), `${what}: the refused call changed the database`).toBe(before);
    }
  }
  console.log(`server actions fuzz: ${names.length} actions, ${calls} calls (${refused} refused) in ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${SEED}`);
  await Promise.all([owner.dispose(), checker.dispose(), outsider.dispose(), pages.close()]);
});

test("the demo's desk article page runs without a Content-Security-Policy violation", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|unsafe-eval/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  await signIn(page, "editor@demo.factdesk.test", DEMO_PASSWORD);
  await page.goto("/desk/demo/articles/meta-va-utiliser-vos-donnees-personnelles-pour-entrainer-son-ia");
  await expect(page.getByTestId("live-editor").locator("mark[data-claim-id]").first()).toBeVisible();
  // A claim card reads its claim through a server action and validates its forms with zod.
  await page.getByTestId("claim-row").first().click();
  await expect(page.getByTestId("claim-card-loading")).toHaveCount(0);
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});

test("paths that are not UTF-8, or hold a NUL, answer 400", async ({ request }) => {
  for (const path of ["/demo/%ff", "/demo/%ed%a0%80", "/demo/a%00b", "/desk/%ff", "/desk/demo/articles/%ed%a0%80"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
  }
});
