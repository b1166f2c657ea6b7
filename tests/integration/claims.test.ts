import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { ForbiddenError, ROLES } from "@/lib/policies";
import { addComment } from "@/lib/server/add-comment";
import { addSource } from "@/lib/server/add-source";
import { approveVerdict } from "@/lib/server/approve-verdict";
import { archiveClaim } from "@/lib/server/archive-claim";
import { createClaim } from "@/lib/server/create-claim";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/server/errors";
import { getClaim } from "@/lib/server/get-claim";
import { getClaimHistory } from "@/lib/server/get-claim-history";
import { listClaimRows, listClaims } from "@/lib/server/list-claims";
import { listMyQueue } from "@/lib/server/list-my-queue";
import { CLAIM_CHANNEL, notifyClaimChange } from "@/lib/server/notify-claim-change";
import { proposeVerdict } from "@/lib/server/propose-verdict";
import { removeSource } from "@/lib/server/remove-source";
import { reopenClaim } from "@/lib/server/reopen-claim";
import { resolveComment } from "@/lib/server/resolve-comment";
import { syncClaimAnchors } from "@/lib/server/sync-claim-anchors";
import { updateClaim } from "@/lib/server/update-claim";
import { updateSource } from "@/lib/server/update-source";
import { addSourceSchema, createClaimSchema, updateClaimSchema, updateSourceSchema, type CreateClaimInput } from "@/lib/validation/claim";
import { DEFAULT_RATING_SCALE } from "@/lib/ratings";
import { auditEventsFor, makeArticle, makeNewsroom, type TestNewsroom } from "../helpers/factory";
import { expectAllowedFrom, RANK, type RoleOperation } from "../helpers/role-matrix";


/** A claim marked by the newsroom's fact-checker on a fresh article. */
async function markClaim(t: TestNewsroom, patch: Partial<CreateClaimInput> = {}) {
  const articleId = patch.articleId ?? (await makeArticle(t.actors.fact_checker)).id;
  const input = createClaimSchema.parse({ id: randomUUID(), articleId, type: "date", quotedText: "24 mai 2024", normalized: { date: "2024-05-24" }, ...patch });
  return createClaim({ actor: t.actors.fact_checker, input });
}

const claimRow = (id: string) => db().claim.findUniqueOrThrow({ where: { id } });

/** An operation on `home`'s records: `prepare` makes what it needs, the returned function acts as someone. */
type Operation = RoleOperation;

const operations: Operation[] = [
  {
    name: "createClaim",
    minimum: "fact_checker",
    prepare: async (home) => {
      const article = await makeArticle(home.actors.fact_checker);
      return (actor) => createClaim({ actor, input: createClaimSchema.parse({ id: randomUUID(), articleId: article.id, type: "quote", quotedText: "« Nous utilisons vos données »" }) });
    },
  },
  {
    name: "updateClaim",
    minimum: "fact_checker",
    prepare: async (home) => {
      const claim = await markClaim(home);
      return (actor) => updateClaim({ actor, input: { claimId: claim.id, revision: 1, state: "in_progress" } });
    },
  },
  {
    name: "archiveClaim",
    minimum: "fact_checker",
    prepare: async (home) => {
      const claim = await markClaim(home);
      return (actor) => archiveClaim({ actor, input: { claimId: claim.id, revision: 1 } });
    },
  },
  {
    name: "listClaims",
    minimum: "viewer",
    prepare: async (home) => {
      const claim = await markClaim(home);
      return (actor) => listClaims({ actor, articleId: claim.articleId });
    },
  },
  {
    name: "listClaimRows",
    minimum: "viewer",
    prepare: async (home) => {
      const claim = await markClaim(home);
      return (actor) => listClaimRows({ actor, articleId: claim.articleId });
    },
  },
  {
    name: "getClaim",
    minimum: "viewer",
    prepare: async (home) => {
      const claim = await markClaim(home);
      return (actor) => getClaim({ actor, claimId: claim.id });
    },
  },
  {
    name: "getClaimHistory",
    minimum: "viewer",
    prepare: async (home) => {
      const claim = await markClaim(home);
      return (actor) => getClaimHistory({ actor, claimId: claim.id });
    },
  },
  { name: "listMyQueue", minimum: "viewer", prepare: async () => (actor) => listMyQueue({ actor }) },
];

describe("claims: who may do what", () => {
  it.each(operations)("$name: allowed from $minimum up, refused below", expectAllowedFrom);

  it.each(operations.filter((o) => o.name !== "listMyQueue"))("$name: another newsroom's records are 'not found', whatever the role", async ({ minimum, prepare }) => {
    const [home, other] = await Promise.all([makeNewsroom(), makeNewsroom()]);
    for (const role of ROLES) {
      const outcome = (await prepare(home))(other.actors[role]);
      // Refused roles are told so before any lookup: nothing about home's records leaks either way.
      if (RANK[role] >= RANK[minimum]) await expect(outcome, role).rejects.toBeInstanceOf(NotFoundError);
      else await expect(outcome, role).rejects.toBeInstanceOf(ForbiddenError);
    }
  });

  it("another newsroom's queue never lists home's claims", async () => {
    const [home, other] = await Promise.all([makeNewsroom(), makeNewsroom()]);
    const claim = await markClaim(home);
    await proposeVerdict({ actor: home.actors.fact_checker, input: { claimId: claim.id, revision: 1, verdictKey: "true", rationale: "Daté." } });
    expect(await listMyQueue({ actor: other.actors.owner })).toEqual({ assigned: [], toApprove: [] });
  });
});

describe("createClaim", () => {
  it("stores the claim with the client's id, in state open with anchor ok, and audits it", async () => {
    const home = await makeNewsroom();
    const id = randomUUID();
    const claim = await markClaim(home, { id, type: "legal_basis", quotedText: "intérêts légitimes", normalized: { instrument: "GDPR", article: "6(1)(f)", basis: "legitimate_interests" } });
    expect(claim).toMatchObject({ id, newsroomId: home.newsroom.id, state: "open", anchorHealth: "ok", revision: 1, verdictKey: null, archivedAt: null, createdById: home.actors.fact_checker.userId });
    expect(claim.normalized).toEqual({ instrument: "GDPR", article: "6(1)(f)", basis: "legitimate_interests" });
    const [event] = await auditEventsFor(id);
    expect(event).toMatchObject({ action: "claim.create", objectType: "claim", actorId: home.actors.fact_checker.userId, newsroomId: home.newsroom.id });
    expect(event.after).toEqual({ type: "legal_basis", quotedText: "intérêts légitimes", normalized: claim.normalized, statement: claim.statement });
    // No statement given: one is proposed from the span's sentence, to be reviewed.
    expect(claim.statement).not.toBe("");
    expect(claim.statementNeedsReview).toBe(true);
  });

  it("a retry with the same id returns the first claim; the same id on another article is a conflict", async () => {
    const home = await makeNewsroom();
    const first = await markClaim(home);
    const retry = await markClaim(home, { id: first.id, articleId: first.articleId });
    expect(retry.id).toBe(first.id);
    expect(retry.createdAt).toEqual(first.createdAt);
    expect(await auditEventsFor(first.id)).toHaveLength(1);
    await expect(markClaim(home, { id: first.id })).rejects.toBeInstanceOf(ConflictError);
    expect((await claimRow(first.id)).articleId).toBe(first.articleId);
  });

  it("two simultaneous submissions of the same claim make one claim", async () => {
    const home = await makeNewsroom();
    const article = await makeArticle(home.actors.fact_checker);
    const id = randomUUID();
    const [a, b] = await Promise.all([markClaim(home, { id, articleId: article.id }), markClaim(home, { id, articleId: article.id })]);
    expect(a.id).toBe(id);
    expect(b.id).toBe(id);
    expect(await db().claim.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("a normalized value that does not fit the type is refused, naming the field, and nothing is stored", async () => {
    const home = await makeNewsroom();
    const id = randomUUID();
    await expect(markClaim(home, { id, normalized: { date: "2024-02-31" } })).rejects.toMatchObject({ fields: { "normalized.date": "is not a real date" } });
    await expect(markClaim(home, { id, type: "number", normalized: { value: 2e9, speaker: "Meta" } })).rejects.toMatchObject({
      fields: { "normalized.speaker": "is not a field of a number claim" },
    });
    await expect(markClaim(home, { id, type: "legal_basis", normalized: { basis: "public_interest" } })).rejects.toBeInstanceOf(ValidationError);
    expect(await db().claim.findUnique({ where: { id } })).toBeNull();
  });
});

describe("updateClaim", () => {
  it("changes the value, assignee and state, bumps the revision and audits only what changed", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home, { type: "number", quotedText: "plus de 2 milliards", normalized: {} });
    const assignee = home.actors.editor.userId;
    await updateClaim({ actor: home.actors.fact_checker, input: updateClaimSchema.parse({ claimId: claim.id, revision: 1, assigneeId: assignee }) });
    await updateClaim({ actor: home.actors.editor, input: updateClaimSchema.parse({ claimId: claim.id, revision: 2, normalized: { value: 2e9, unit: "utilisateurs" }, state: "in_progress" }) });
    expect(await claimRow(claim.id)).toMatchObject({ revision: 3, assigneeId: assignee, state: "in_progress", normalized: { value: 2e9, unit: "utilisateurs" } });
    const [, assigned, edited] = await auditEventsFor(claim.id);
    expect(assigned).toMatchObject({ action: "claim.update", actorId: home.actors.fact_checker.userId, before: { assigneeId: null }, after: { assigneeId: assignee } });
    expect(edited.before).toEqual({ normalized: {}, state: "open" });
    expect(edited.after).toEqual({ normalized: { value: 2e9, unit: "utilisateurs" }, state: "in_progress" });
  });

  it("the second of two people editing the same card from the same revision gets a conflict that shows the first's value", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home, { type: "number", normalized: {} });
    await updateClaim({ actor: home.actors.fact_checker, input: { claimId: claim.id, revision: 1, normalized: { value: 2e9 } } });
    const conflict = await updateClaim({ actor: home.actors.editor, input: { claimId: claim.id, revision: 1, normalized: { value: 3e9 } } }).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError).message).toMatch(/changed by someone else/);
    expect((conflict as ConflictError).current).toMatchObject({ id: claim.id, revision: 2, normalized: { value: 2e9 } });
    expect(await claimRow(claim.id)).toMatchObject({ revision: 2, normalized: { value: 2e9 } });
    expect(await auditEventsFor(claim.id)).toHaveLength(2);
  });

  it("two simultaneous edits from the same revision: exactly one wins, the other sees the winner's value", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home, { type: "number", normalized: {} });
    const values = [2e9, 3e9];
    const outcomes = await Promise.allSettled(
      values.map((value, i) => updateClaim({ actor: i ? home.actors.editor : home.actors.fact_checker, input: { claimId: claim.id, revision: 1, normalized: { value } } })),
    );
    const winner = outcomes.findIndex((o) => o.status === "fulfilled");
    const loser = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(loser.reason).toBeInstanceOf(ConflictError);
    expect((loser.reason as ConflictError).current).toMatchObject({ revision: 2, normalized: { value: values[winner] } });
  });

  it("an assignee must be a member of the newsroom", async () => {
    const [home, other] = await Promise.all([makeNewsroom(), makeNewsroom()]);
    const claim = await markClaim(home);
    for (const assigneeId of [other.actors.owner.userId, randomUUID()]) {
      await expect(updateClaim({ actor: home.actors.editor, input: { claimId: claim.id, revision: 1, assigneeId } })).rejects.toMatchObject({
        status: 422,
        fields: { assigneeId: "is not a member of this newsroom" },
      });
    }
    await updateClaim({ actor: home.actors.editor, input: { claimId: claim.id, revision: 1, assigneeId: home.actors.fact_checker.userId } });
    await updateClaim({ actor: home.actors.editor, input: { claimId: claim.id, revision: 2, assigneeId: null } });
    expect(await claimRow(claim.id)).toMatchObject({ assigneeId: null, revision: 3 });
  });

  it("an approved claim cannot be moved back by hand (it is reopened instead)", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    await proposeVerdict({ actor: home.actors.fact_checker, input: { claimId: claim.id, revision: 1, verdictKey: "true", rationale: "Daté." } });
    await approveVerdict({ actor: home.actors.editor, input: { claimId: claim.id, revision: 2 } });
    await expect(updateClaim({ actor: home.actors.owner, input: { claimId: claim.id, revision: 3, state: "open" } })).rejects.toBeInstanceOf(ConflictError);
    expect(await claimRow(claim.id)).toMatchObject({ state: "approved", revision: 3 });
    // Other fields of an approved card stay editable.
    await updateClaim({ actor: home.actors.owner, input: { claimId: claim.id, revision: 3, assigneeId: home.actors.editor.userId } });
    expect(await claimRow(claim.id)).toMatchObject({ state: "approved", assigneeId: home.actors.editor.userId });
  });

  it("a normalized value is checked against the claim's own type", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home, { type: "quote", quotedText: "« … »", normalized: {} });
    await expect(updateClaim({ actor: home.actors.editor, input: { claimId: claim.id, revision: 1, normalized: { date: "2024-05-24" } } })).rejects.toMatchObject({
      fields: { "normalized.date": "is not a field of a quote claim" },
    });
    await updateClaim({ actor: home.actors.editor, input: { claimId: claim.id, revision: 1, normalized: { speaker: "Meta" } } });
    expect((await claimRow(claim.id)).normalized).toEqual({ speaker: "Meta" });
  });
});

describe("archiveClaim", () => {
  it("keeps the claim, flagged, with its sources and history; a repeated archive changes nothing", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    await addSource({ actor: home.actors.fact_checker, input: addSourceSchema.parse({ claimId: claim.id, url: "https://example.org/a", kind: "media", stance: "supports" }) });
    await archiveClaim({ actor: home.actors.fact_checker, input: { claimId: claim.id, revision: 1 } });
    const archived = await claimRow(claim.id);
    expect(archived.archivedAt).toBeInstanceOf(Date);
    await archiveClaim({ actor: home.actors.editor, input: { claimId: claim.id, revision: 2 } });
    expect(await claimRow(claim.id)).toMatchObject({ archivedAt: archived.archivedAt, revision: 2 });
    const { claims } = await listClaims({ actor: home.actors.viewer, articleId: claim.articleId });
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ id: claim.id, archivedAt: archived.archivedAt, sources: [expect.objectContaining({ url: "https://example.org/a" })] });
    const events = await auditEventsFor(claim.id);
    expect(events.map((e) => e.action)).toEqual(["claim.create", "claim.archive"]);
    expect(events[1].before).toEqual({ archivedAt: null });
    expect(events[1].after).toEqual({ archivedAt: archived.archivedAt!.toISOString() });
  });

  it("a stale revision is a conflict", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    await updateClaim({ actor: home.actors.fact_checker, input: { claimId: claim.id, revision: 1, state: "in_progress" } });
    await expect(archiveClaim({ actor: home.actors.editor, input: { claimId: claim.id, revision: 1 } })).rejects.toBeInstanceOf(ConflictError);
    expect((await claimRow(claim.id)).archivedAt).toBeNull();
  });
});

describe("reading claims", () => {
  it("listClaims: every claim of the article with sources, comments and people's names, the rating scale and the members", async () => {
    const home = await makeNewsroom();
    const article = await makeArticle(home.actors.fact_checker);
    const first = await markClaim(home, { articleId: article.id });
    const second = await markClaim(home, { articleId: article.id, type: "quote", quotedText: "« … »", normalized: { speaker: "Meta" } });
    await markClaim(home); // another article's claim
    const source = (url: string) => addSourceSchema.parse({ claimId: first.id, url, kind: "primary_document", stance: "supports" });
    await addSource({ actor: home.actors.fact_checker, input: source("https://example.org/1") });
    await addSource({ actor: home.actors.editor, input: source("https://example.org/2") });
    const question = await addComment({ actor: home.actors.viewer, input: { claimId: first.id, body: "Quelle source ?" } });
    await addComment({ actor: home.actors.fact_checker, input: { claimId: first.id, body: "Le communiqué.", parentId: question.id } });
    await updateClaim({ actor: home.actors.editor, input: { claimId: first.id, revision: 1, assigneeId: home.actors.fact_checker.userId } });
    await proposeVerdict({ actor: home.actors.fact_checker, input: { claimId: first.id, revision: 2, verdictKey: "true", rationale: "Daté." } });
    await approveVerdict({ actor: home.actors.editor, input: { claimId: first.id, revision: 3 } });
    await archiveClaim({ actor: home.actors.editor, input: { claimId: second.id, revision: 1 } });

    const { claims, ratings, members } = await listClaims({ actor: home.actors.viewer, articleId: article.id });
    expect(claims.map((c) => c.id)).toEqual([first.id, second.id]);
    const [checked, archived] = claims;
    expect(checked.sources.map((s) => s.url)).toEqual(["https://example.org/1", "https://example.org/2"]);
    expect(checked.comments.map((c) => [c.body, c.authorName, c.parentId])).toEqual([
      ["Quelle source ?", home.users.viewer.name, null],
      ["Le communiqué.", home.users.fact_checker.name, question.id],
    ]);
    expect(checked).toMatchObject({
      state: "approved",
      verdictKey: "true",
      assigneeName: home.users.fact_checker.name,
      proposerName: home.users.fact_checker.name,
      approverName: home.users.editor.name,
    });
    expect(archived).toMatchObject({ archivedAt: expect.any(Date), assigneeName: null, proposerName: null, approverName: null, sources: [], comments: [] });
    expect(ratings.map((r) => r.key)).toEqual(DEFAULT_RATING_SCALE.map((r) => r.key));
    expect(members).toHaveLength(4);
    expect(members).toEqual(expect.arrayContaining(ROLES.map((role) => ({ id: home.users[role].id, name: home.users[role].name, role }))));
  });

  it("listClaimRows: the same claims, in the same order, with only what the panel shows (the card reads the rest)", async () => {
    const home = await makeNewsroom();
    const article = await makeArticle(home.actors.fact_checker);
    const first = await markClaim(home, { articleId: article.id });
    const second = await markClaim(home, { articleId: article.id, type: "quote", quotedText: "« … »", normalized: { speaker: "Meta" } });
    await markClaim(home); // another article's claim
    await addComment({ actor: home.actors.viewer, input: { claimId: first.id, body: "Quelle source ?" } });
    await archiveClaim({ actor: home.actors.editor, input: { claimId: second.id, revision: 1 } });

    const rows = await listClaimRows({ actor: home.actors.viewer, articleId: article.id });
    expect(rows.claims).toEqual([
      { id: first.id, type: "date", quotedText: "24 mai 2024", state: "open", verdictKey: null, assigneeId: null, archivedAt: null },
      { id: second.id, type: "quote", quotedText: "« … »", state: "open", verdictKey: null, assigneeId: null, archivedAt: expect.any(Date) },
    ]);
    const full = await listClaims({ actor: home.actors.viewer, articleId: article.id });
    expect({ ratings: rows.ratings, members: rows.members }).toEqual({ ratings: full.ratings, members: full.members });
    const stranger = await makeNewsroom();
    await expect(listClaimRows({ actor: stranger.actors.owner, articleId: article.id })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("getClaim: the same shape for one claim", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    await addComment({ actor: home.actors.owner, input: { claimId: claim.id, body: "Vu." } });
    const found = await getClaim({ actor: home.actors.viewer, claimId: claim.id });
    expect(found).toMatchObject({ id: claim.id, quotedText: "24 mai 2024", sources: [], comments: [{ body: "Vu.", authorName: home.users.owner.name }], assigneeName: null });
    await expect(getClaim({ actor: home.actors.viewer, claimId: randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("getClaimHistory: the claim's, its sources' and its comments' events, newest first, with names", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    const neighbour = await markClaim(home, { articleId: claim.articleId });
    const sourceInput = { url: "https://example.org/a", kind: "media", stance: "supports" } as const;
    const source = await addSource({ actor: home.actors.editor, input: addSourceSchema.parse({ ...sourceInput, claimId: claim.id }) });
    await updateSource({ actor: home.actors.editor, input: updateSourceSchema.parse({ ...sourceInput, title: "Titre", sourceId: source.id, expectedUpdatedAt: source.updatedAt.toISOString() }) });
    await removeSource({ actor: { ...home.actors.owner, viaApi: true }, input: { sourceId: source.id } });
    const comment = await addComment({ actor: home.actors.viewer, input: { claimId: claim.id, body: "?" } });
    await resolveComment({ actor: home.actors.viewer, input: { commentId: comment.id, resolved: true } });
    await updateClaim({ actor: home.actors.fact_checker, input: { claimId: claim.id, revision: 1, state: "in_progress" } });
    // Noise on the neighbouring claim stays out of this claim's history.
    await addSource({ actor: home.actors.editor, input: addSourceSchema.parse({ ...sourceInput, claimId: neighbour.id }) });
    await addComment({ actor: home.actors.viewer, input: { claimId: neighbour.id, body: "!" } });

    const history = await getClaimHistory({ actor: home.actors.viewer, claimId: claim.id });
    expect(history.map((e) => [e.action, e.actorName, e.viaApi])).toEqual([
      ["claim.update", home.users.fact_checker.name, false],
      ["comment.resolve", home.users.viewer.name, false],
      ["comment.create", home.users.viewer.name, false],
      ["source.delete", home.users.owner.name, true],
      ["source.update", home.users.editor.name, false],
      ["source.create", home.users.editor.name, false],
      ["claim.create", home.users.fact_checker.name, false],
    ]);
    expect(history[0]).toMatchObject({ before: { state: "open" }, after: { state: "in_progress" }, createdAt: expect.any(Date) });
    expect(history[4]).toMatchObject({ before: { title: null }, after: { title: "Titre" } });
  });

  it("listMyQueue: my open assignments with their article, and verdicts for me to approve (never my own)", async () => {
    const home = await makeNewsroom();
    const mine = home.actors.fact_checker;
    const assign = async (claimId: string, revision: number) => updateClaim({ actor: home.actors.editor, input: { claimId, revision, assigneeId: mine.userId } });
    const open = await markClaim(home);
    await assign(open.id, 1);
    const approved = await markClaim(home);
    await assign(approved.id, 1);
    await proposeVerdict({ actor: mine, input: { claimId: approved.id, revision: 2, verdictKey: "true", rationale: "x" } });
    await approveVerdict({ actor: home.actors.editor, input: { claimId: approved.id, revision: 3 } });
    const archived = await markClaim(home);
    await assign(archived.id, 1);
    await archiveClaim({ actor: mine, input: { claimId: archived.id, revision: 2 } });
    const proposedByFactChecker = await markClaim(home);
    await proposeVerdict({ actor: mine, input: { claimId: proposedByFactChecker.id, revision: 1, verdictKey: "false", rationale: "x" } });
    const proposedByEditor = await markClaim(home);
    await proposeVerdict({ actor: home.actors.editor, input: { claimId: proposedByEditor.id, revision: 1, verdictKey: "false", rationale: "x" } });

    const article = await db().article.findUniqueOrThrow({ where: { id: open.articleId } });
    const queue = await listMyQueue({ actor: mine });
    expect(queue.assigned).toEqual([expect.objectContaining({ id: open.id, article: { title: article.title, slug: article.slug } })]);
    expect(queue.toApprove).toEqual([]);
    expect((await listMyQueue({ actor: home.actors.editor })).toApprove.map((c) => c.id)).toEqual([proposedByFactChecker.id]);
    expect((await listMyQueue({ actor: home.actors.owner })).toApprove.map((c) => c.id).sort()).toEqual([proposedByFactChecker.id, proposedByEditor.id].sort());
    expect(await listMyQueue({ actor: home.actors.viewer })).toEqual({ assigned: [], toApprove: [] });
  });
});

describe("syncClaimAnchors", () => {
  it("a claim whose mark is gone is orphaned (kept); when the mark is back it is ok again; archived claims are left alone", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    const archived = await markClaim(home, { articleId: claim.articleId });
    await archiveClaim({ actor: home.actors.editor, input: { claimId: archived.id, revision: 1 } });

    expect(await syncClaimAnchors({ articleId: claim.articleId, anchors: [] })).toEqual([claim.id]);
    expect(await claimRow(claim.id)).toMatchObject({ anchorHealth: "orphaned", archivedAt: null, revision: 2, quotedText: "24 mai 2024" });
    expect(await claimRow(archived.id)).toMatchObject({ anchorHealth: "ok", revision: 2 });
    // Nothing changed since: nothing is written.
    expect(await syncClaimAnchors({ articleId: claim.articleId, anchors: [] })).toEqual([]);
    expect((await claimRow(claim.id)).revision).toBe(2);

    expect(await syncClaimAnchors({ articleId: claim.articleId, anchors: [{ claimId: claim.id, text: "24 mai 2024" }] })).toEqual([claim.id]);
    expect(await claimRow(claim.id)).toMatchObject({ anchorHealth: "ok", revision: 3 });
    expect(await syncClaimAnchors({ articleId: claim.articleId, anchors: [{ claimId: claim.id, text: "24 mai 2024" }] })).toEqual([]);
  });

  it("before any verdict, the quoted text follows the edited text", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    await syncClaimAnchors({ articleId: claim.articleId, anchors: [{ claimId: claim.id, text: "25 mai 2024" }] });
    expect(await claimRow(claim.id)).toMatchObject({ quotedText: "25 mai 2024", anchorHealth: "ok", state: "open", revision: 2 });
    await syncClaimAnchors({ articleId: claim.articleId, anchors: [] });
    await syncClaimAnchors({ articleId: claim.articleId, anchors: [{ claimId: claim.id, text: "le 25 mai 2024" }] });
    expect(await claimRow(claim.id)).toMatchObject({ quotedText: "le 25 mai 2024", anchorHealth: "ok" });
  });

  it.each(["proposed", "approved"] as const)("after a %s verdict, a text change sends the claim back to review and keeps the old quote", async (stage) => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    await proposeVerdict({ actor: home.actors.fact_checker, input: { claimId: claim.id, revision: 1, verdictKey: "true", rationale: "Daté du 24 mai." } });
    if (stage === "approved") await approveVerdict({ actor: home.actors.editor, input: { claimId: claim.id, revision: 2 } });
    const revision = (await claimRow(claim.id)).revision;

    expect(await syncClaimAnchors({ articleId: claim.articleId, anchors: [{ claimId: claim.id, text: "25 mai 2024" }] })).toEqual([claim.id]);
    expect(await claimRow(claim.id)).toMatchObject({
      anchorHealth: "text_changed",
      state: "needs_review",
      approvedById: null,
      verdictKey: "true",
      proposedById: home.actors.fact_checker.userId,
      quotedText: "24 mai 2024",
      revision: revision + 1,
    });
    const event = (await auditEventsFor(claim.id)).at(-1)!;
    expect(event).toMatchObject({ action: "claim.text_changed", actorId: null, newsroomId: home.newsroom.id });
    expect(event.before).toMatchObject({ text: "24 mai 2024" });
    expect(event.after).toMatchObject({ text: "25 mai 2024", state: "needs_review" });
    expect(await syncClaimAnchors({ articleId: claim.articleId, anchors: [{ claimId: claim.id, text: "25 mai 2024" }] })).toEqual([]);
  });

  it("a sync racing a person's edit never overwrites it; the next sync catches up", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    const [, edit] = await Promise.allSettled([
      syncClaimAnchors({ articleId: claim.articleId, anchors: [] }),
      updateClaim({ actor: home.actors.fact_checker, input: { claimId: claim.id, revision: 1, state: "in_progress" } }),
    ]);
    if (edit.status === "rejected") expect(edit.reason).toBeInstanceOf(ConflictError);
    await syncClaimAnchors({ articleId: claim.articleId, anchors: [] });
    expect(await claimRow(claim.id)).toMatchObject({ anchorHealth: "orphaned", state: edit.status === "fulfilled" ? "in_progress" : "open" });
  });
});

describe("live notifications", () => {
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => undefined });
  const heard: { articleId: string; claimId: string }[] = [];
  let unlisten: () => Promise<void>;
  beforeAll(async () => {
    ({ unlisten } = await sql.listen(CLAIM_CHANNEL, (payload) => heard.push(JSON.parse(payload))));
  });
  afterAll(async () => {
    await unlisten();
    await sql.end();
  });

  /** Waits until a notification about `claimId` arrives (other tests notify on the same channel). */
  async function heardAbout(claimId: string, count = 1) {
    const deadline = Date.now() + 5000;
    while (heard.filter((h) => h.claimId === claimId).length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    return heard.filter((h) => h.claimId === claimId);
  }

  it("every change to a claim, its verdict, sources or comments notifies the claim's article", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    const source = await addSource({ actor: home.actors.editor, input: addSourceSchema.parse({ claimId: claim.id, url: "https://example.org", kind: "media", stance: "context" }) });
    await updateSource({ actor: home.actors.editor, input: updateSourceSchema.parse({ sourceId: source.id, url: "https://example.org/b", kind: "media", stance: "context", expectedUpdatedAt: source.updatedAt.toISOString() }) });
    await removeSource({ actor: home.actors.editor, input: { sourceId: source.id } });
    const comment = await addComment({ actor: home.actors.viewer, input: { claimId: claim.id, body: "?" } });
    await resolveComment({ actor: home.actors.viewer, input: { commentId: comment.id, resolved: true } });
    await updateClaim({ actor: home.actors.editor, input: { claimId: claim.id, revision: 1, state: "in_progress" } });
    await proposeVerdict({ actor: home.actors.fact_checker, input: { claimId: claim.id, revision: 2, verdictKey: "true", rationale: "x" } });
    await approveVerdict({ actor: home.actors.editor, input: { claimId: claim.id, revision: 3 } });
    await reopenClaim({ actor: home.actors.editor, input: { claimId: claim.id, revision: 4 } });
    await syncClaimAnchors({ articleId: claim.articleId, anchors: [] });
    await archiveClaim({ actor: home.actors.editor, input: { claimId: claim.id, revision: 6 } });
    // create, 3 × source, 2 × comment, update, propose, approve, reopen, sync, archive
    const notes = await heardAbout(claim.id, 12);
    expect(notes).toHaveLength(12);
    expect(new Set(notes.map((n) => n.articleId))).toEqual(new Set([claim.articleId]));
  });

  it("a refused change notifies no one", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    await heardAbout(claim.id);
    await expect(updateClaim({ actor: home.actors.editor, input: { claimId: claim.id, revision: 9, state: "in_progress" } })).rejects.toBeInstanceOf(ConflictError);
    await expect(proposeVerdict({ actor: home.actors.editor, input: { claimId: claim.id, revision: 1, verdictKey: "nope", rationale: "x" } })).rejects.toBeInstanceOf(ValidationError);
    await expect(updateClaim({ actor: home.actors.viewer, input: { claimId: claim.id, revision: 1, state: "in_progress" } })).rejects.toBeInstanceOf(ForbiddenError);
    // Notifications arrive in commit order: once a later one is heard, an earlier one would have been too.
    const sentinel = await markClaim(home);
    await heardAbout(sentinel.id);
    expect(heard.filter((h) => h.claimId === claim.id)).toHaveLength(1);
  });

  it("is delivered when the transaction commits, and never if it rolls back", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    const other = await markClaim(home);
    await heardAbout(other.id);
    const change = { articleId: claim.articleId, claimId: claim.id };
    await expect(
      db().$transaction(async (tx) => {
        await notifyClaimChange(tx, change);
        throw new Error("the change failed after notifying");
      }),
    ).rejects.toThrow("the change failed");
    await db().$transaction(async (tx) => {
      await notifyClaimChange(tx, { articleId: other.articleId, claimId: other.id });
      await new Promise((r) => setTimeout(r, 300));
      expect(heard.filter((h) => h.claimId === other.id)).toHaveLength(1); // not yet: still in the transaction
    });
    expect(await heardAbout(other.id, 2)).toHaveLength(2);
    expect(heard.filter((h) => h.claimId === claim.id)).toHaveLength(1); // only its creation
  });
});
