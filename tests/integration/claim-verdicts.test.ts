import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { ForbiddenError, ROLES } from "@/lib/policies";
import { addMember } from "@/lib/server/add-member";
import type { Actor } from "@/lib/server/actor";
import { approveVerdict, FourEyesError } from "@/lib/server/approve-verdict";
import { createClaim } from "@/lib/server/create-claim";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/server/errors";
import { getClaim } from "@/lib/server/get-claim";
import { listMyQueue } from "@/lib/server/list-my-queue";
import { proposeVerdict } from "@/lib/server/propose-verdict";
import { reopenClaim } from "@/lib/server/reopen-claim";
import { syncClaimAnchors } from "@/lib/server/sync-claim-anchors";
import { updateClaim } from "@/lib/server/update-claim";
import { createClaimSchema } from "@/lib/validation/claim";
import { auditEventsFor, makeArticle, makeNewsroom, makeUser, type TestNewsroom } from "../helpers/factory";
import { expectAllowedFrom, RANK, type RoleOperation } from "../helpers/role-matrix";


async function markClaim(t: TestNewsroom) {
  const article = await makeArticle(t.actors.fact_checker);
  const input = createClaimSchema.parse({ id: randomUUID(), articleId: article.id, type: "date", quotedText: "26 juin 2024", normalized: { date: "2024-06-26" } });
  return createClaim({ actor: t.actors.fact_checker, input });
}

const claimRow = (id: string) => db().claim.findUniqueOrThrow({ where: { id } });

const propose = (actor: Actor, claimId: string, revision: number, verdictKey = "true", rationale = "Les nouvelles conditions s'appliquent au 26 juin 2024.") =>
  proposeVerdict({ actor, input: { claimId, revision, verdictKey, rationale } });

/** A claim whose verdict the fact-checker proposed (revision 2). */
async function proposedClaim(t: TestNewsroom) {
  const claim = await markClaim(t);
  await propose(t.actors.fact_checker, claim.id, 1);
  return claim;
}

async function secondEditor(t: TestNewsroom): Promise<Actor> {
  const user = await makeUser("editor2");
  await addMember({ actor: t.actors.owner, email: user.email, role: "editor" });
  return { userId: user.id, newsroomId: t.newsroom.id, role: "editor" };
}

type Operation = RoleOperation;

const operations: Operation[] = [
  {
    name: "proposeVerdict",
    minimum: "fact_checker",
    prepare: async (home) => {
      const claim = await markClaim(home);
      return (actor) => propose(actor, claim.id, 1);
    },
  },
  {
    name: "approveVerdict",
    minimum: "editor",
    prepare: async (home) => {
      const claim = await proposedClaim(home);
      return (actor) => approveVerdict({ actor, input: { claimId: claim.id, revision: 2 } });
    },
  },
  {
    name: "reopenClaim",
    minimum: "fact_checker",
    prepare: async (home) => {
      const claim = await proposedClaim(home);
      return (actor) => reopenClaim({ actor, input: { claimId: claim.id, revision: 2 } });
    },
  },
];

describe("verdicts: who may do what", () => {
  it.each(operations)("$name: allowed from $minimum up, refused below", expectAllowedFrom);

  it.each(operations)("$name: another newsroom's claim is 'not found', whatever the role", async ({ minimum, prepare }) => {
    const [home, other] = await Promise.all([makeNewsroom(), makeNewsroom()]);
    for (const role of ROLES) {
      const run = await prepare(home);
      const before = await db().claim.findMany({ where: { newsroomId: home.newsroom.id }, orderBy: { id: "asc" } });
      const outcome = run(other.actors[role]);
      if (RANK[role] >= RANK[minimum]) await expect(outcome, role).rejects.toBeInstanceOf(NotFoundError);
      else await expect(outcome, role).rejects.toBeInstanceOf(ForbiddenError);
      expect(await db().claim.findMany({ where: { newsroomId: home.newsroom.id }, orderBy: { id: "asc" } })).toEqual(before);
    }
  });
});

describe("proposeVerdict", () => {
  it("records the verdict, rationale and proposer, sends the claim to review, and audits it", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    await propose(home.actors.fact_checker, claim.id, 1, "mostly_true", "Daté.");
    expect(await claimRow(claim.id)).toMatchObject({
      verdictKey: "mostly_true",
      rationale: "Daté.",
      proposedById: home.actors.fact_checker.userId,
      approvedById: null,
      state: "needs_review",
      revision: 2,
    });
    const event = (await auditEventsFor(claim.id)).at(-1)!;
    expect(event).toMatchObject({ action: "verdict.propose", actorId: home.actors.fact_checker.userId });
    expect(event.before).toEqual({ verdictKey: null, rationale: null, state: "open" });
    expect(event.after).toEqual({ verdictKey: "mostly_true", rationale: "Daté.", state: "needs_review" });
  });

  it("a verdict that is not on the newsroom's scale is refused, naming the field; another newsroom's custom rating too", async () => {
    const [home, other] = await Promise.all([makeNewsroom(), makeNewsroom()]);
    await db().ratingOption.create({ data: { newsroomId: other.newsroom.id, key: "satire", labelFr: "Satire", labelEn: "Satire", color: "#000000", position: 6 } });
    const claim = await markClaim(home);
    for (const verdictKey of ["pants_on_fire", "satire", "True"]) {
      await expect(propose(home.actors.fact_checker, claim.id, 1, verdictKey)).rejects.toMatchObject({ status: 422, fields: { verdictKey: "is not on this newsroom's rating scale" } });
    }
    expect(await claimRow(claim.id)).toMatchObject({ verdictKey: null, state: "open", revision: 1 });
  });

  it("proposing again after an approval withdraws the approval", async () => {
    const home = await makeNewsroom();
    const claim = await proposedClaim(home);
    await approveVerdict({ actor: home.actors.editor, input: { claimId: claim.id, revision: 2 } });
    await propose(home.actors.owner, claim.id, 3, "misleading", "Le formulaire d'opposition n'est pas encore en ligne.");
    expect(await claimRow(claim.id)).toMatchObject({ verdictKey: "misleading", state: "needs_review", proposedById: home.actors.owner.userId, approvedById: null, revision: 4 });
  });

  it("a stale revision is a conflict showing the current claim", async () => {
    const home = await makeNewsroom();
    const claim = await proposedClaim(home);
    const conflict = await propose(home.actors.editor, claim.id, 1, "false").catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError).current).toMatchObject({ verdictKey: "true", revision: 2 });
  });
});

describe("approveVerdict: the four-eyes rule", () => {
  it("the proposer cannot approve; a fact-checker cannot; another editor can", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    await propose(home.actors.editor, claim.id, 1);

    const own = await approveVerdict({ actor: home.actors.editor, input: { claimId: claim.id, revision: 2 } }).catch((e: unknown) => e);
    expect(own).toBeInstanceOf(FourEyesError);
    expect(own).toMatchObject({ status: 403, message: "The person who proposed a verdict cannot approve it: another editor must." });
    await expect(approveVerdict({ actor: home.actors.fact_checker, input: { claimId: claim.id, revision: 2 } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(approveVerdict({ actor: home.actors.viewer, input: { claimId: claim.id, revision: 2 } })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await claimRow(claim.id)).toMatchObject({ state: "needs_review", approvedById: null, revision: 2 });

    const other = await secondEditor(home);
    await approveVerdict({ actor: other, input: { claimId: claim.id, revision: 2 } });
    expect(await getClaim({ actor: home.actors.viewer, claimId: claim.id })).toMatchObject({
      state: "approved",
      proposedById: home.actors.editor.userId,
      approvedById: other.userId,
      proposerName: home.users.editor.name,
      revision: 3,
    });
    const event = (await auditEventsFor(claim.id)).at(-1)!;
    expect(event).toMatchObject({ action: "verdict.approve", actorId: other.userId, before: { state: "needs_review" }, after: { state: "approved", verdictKey: "true" } });
  });

  it("an owner who proposed cannot approve either", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    await propose(home.actors.owner, claim.id, 1);
    await expect(approveVerdict({ actor: home.actors.owner, input: { claimId: claim.id, revision: 2 } })).rejects.toBeInstanceOf(FourEyesError);
    await approveVerdict({ actor: home.actors.editor, input: { claimId: claim.id, revision: 2 } });
    expect((await claimRow(claim.id)).approvedById).toBe(home.actors.editor.userId);
  });

  it("two editors approving at once: exactly one succeeds, the other gets a conflict", async () => {
    const home = await makeNewsroom();
    const claim = await proposedClaim(home);
    const approvers = [home.actors.editor, await secondEditor(home)];
    const outcomes = await Promise.allSettled(approvers.map((actor) => approveVerdict({ actor, input: { claimId: claim.id, revision: 2 } })));
    const winner = outcomes.findIndex((o) => o.status === "fulfilled");
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const loser = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason).toBeInstanceOf(ConflictError);
    expect(await claimRow(claim.id)).toMatchObject({ state: "approved", approvedById: approvers[winner].userId, revision: 3 });
    expect((await auditEventsFor(claim.id)).filter((e) => e.action === "verdict.approve")).toHaveLength(1);
  });

  it("there must be a proposed verdict to approve", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    await expect(approveVerdict({ actor: home.actors.editor, input: { claimId: claim.id, revision: 1 } })).rejects.toBeInstanceOf(ConflictError);
    await propose(home.actors.fact_checker, claim.id, 1);
    await approveVerdict({ actor: home.actors.editor, input: { claimId: claim.id, revision: 2 } });
    await expect(approveVerdict({ actor: home.actors.owner, input: { claimId: claim.id, revision: 3 } })).rejects.toBeInstanceOf(ConflictError);
    await reopenClaim({ actor: home.actors.fact_checker, input: { claimId: claim.id, revision: 3 } });
    await expect(approveVerdict({ actor: home.actors.owner, input: { claimId: claim.id, revision: 4 } })).rejects.toBeInstanceOf(ConflictError);
  });

  it("a verdict waiting for approval is in the queue of every editor but its proposer", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    await propose(home.actors.editor, claim.id, 1);
    expect((await listMyQueue({ actor: home.actors.editor })).toApprove).toEqual([]);
    expect((await listMyQueue({ actor: home.actors.owner })).toApprove.map((c) => c.id)).toEqual([claim.id]);
    await approveVerdict({ actor: home.actors.owner, input: { claimId: claim.id, revision: 2 } });
    expect((await listMyQueue({ actor: home.actors.owner })).toApprove).toEqual([]);
  });
});

describe("reopenClaim", () => {
  it.each(["needs_review", "approved"] as const)("takes a claim in %s back to in progress and withdraws the approval", async (state) => {
    const home = await makeNewsroom();
    const claim = await proposedClaim(home);
    if (state === "approved") await approveVerdict({ actor: home.actors.editor, input: { claimId: claim.id, revision: 2 } });
    const { revision } = await claimRow(claim.id);
    await reopenClaim({ actor: home.actors.fact_checker, input: { claimId: claim.id, revision } });
    expect(await claimRow(claim.id)).toMatchObject({ state: "in_progress", approvedById: null, verdictKey: "true", revision: revision + 1 });
    const event = (await auditEventsFor(claim.id)).at(-1)!;
    expect(event).toMatchObject({ action: "claim.reopen", before: { state }, after: { state: "in_progress" } });
  });

  it("an open claim is not reopened; a stale revision is a conflict", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    await expect(reopenClaim({ actor: home.actors.editor, input: { claimId: claim.id, revision: 1 } })).rejects.toBeInstanceOf(ConflictError);
    await propose(home.actors.fact_checker, claim.id, 1);
    await expect(reopenClaim({ actor: home.actors.editor, input: { claimId: claim.id, revision: 1 } })).rejects.toBeInstanceOf(ConflictError);
    expect((await claimRow(claim.id)).state).toBe("needs_review");
  });

  it("a claim under review is moved back by reopening it, not by setting its state", async () => {
    const home = await makeNewsroom();
    const claim = await proposedClaim(home);
    await expect(updateClaim({ actor: home.actors.editor, input: { claimId: claim.id, revision: 2, state: "open" } })).rejects.toBeInstanceOf(ConflictError);
  });
});

describe("verdicts and text changes", () => {
  it("a verdict proposed again after the text changed is about the new text: the next sync leaves it alone", async () => {
    const home = await makeNewsroom();
    const claim = await proposedClaim(home);
    await approveVerdict({ actor: home.actors.editor, input: { claimId: claim.id, revision: 2 } });
    const live = [{ claimId: claim.id, text: "27 juin 2024" }];
    await syncClaimAnchors({ articleId: claim.articleId, anchors: live });
    expect(await claimRow(claim.id)).toMatchObject({ anchorHealth: "text_changed", state: "needs_review", quotedText: "26 juin 2024", revision: 4 });

    await propose(home.actors.fact_checker, claim.id, 4, "false", "Les conditions s'appliquent au 26 juin, pas au 27.");
    expect(await claimRow(claim.id)).toMatchObject({ anchorHealth: "ok", quotedText: "27 juin 2024", verdictKey: "false", state: "needs_review", revision: 5 });
    const event = (await auditEventsFor(claim.id)).at(-1)!;
    expect(event.before).toMatchObject({ quotedText: "26 juin 2024", anchorHealth: "text_changed" });
    expect(event.after).toMatchObject({ quotedText: "27 juin 2024", anchorHealth: "ok" });

    expect(await syncClaimAnchors({ articleId: claim.articleId, anchors: live })).toEqual([]);
    await approveVerdict({ actor: home.actors.editor, input: { claimId: claim.id, revision: 5 } });
    expect(await claimRow(claim.id)).toMatchObject({ state: "approved", anchorHealth: "ok", quotedText: "27 juin 2024" });
  });

  it("another editor approving the verdict again after a text change approves it for the new text", async () => {
    const home = await makeNewsroom();
    const claim = await proposedClaim(home);
    const live = [{ claimId: claim.id, text: "le 26 juin 2024" }];
    await syncClaimAnchors({ articleId: claim.articleId, anchors: live });
    await expect(approveVerdict({ actor: home.actors.fact_checker, input: { claimId: claim.id, revision: 3 } })).rejects.toBeInstanceOf(ForbiddenError);
    await approveVerdict({ actor: home.actors.editor, input: { claimId: claim.id, revision: 3 } });
    expect(await claimRow(claim.id)).toMatchObject({ state: "approved", anchorHealth: "ok", quotedText: "le 26 juin 2024", approvedById: home.actors.editor.userId });
    expect(await syncClaimAnchors({ articleId: claim.articleId, anchors: live })).toEqual([]);
  });

  it("if the text changes back before anyone acts, the anchor is ok again and the verdict still waits for review", async () => {
    const home = await makeNewsroom();
    const claim = await proposedClaim(home);
    await approveVerdict({ actor: home.actors.editor, input: { claimId: claim.id, revision: 2 } });
    await syncClaimAnchors({ articleId: claim.articleId, anchors: [{ claimId: claim.id, text: "27 juin 2024" }] });
    await syncClaimAnchors({ articleId: claim.articleId, anchors: [{ claimId: claim.id, text: "26 juin 2024" }] });
    expect(await claimRow(claim.id)).toMatchObject({ anchorHealth: "ok", state: "needs_review", approvedById: null, quotedText: "26 juin 2024" });
  });

  it("a rejected input is checked before anything is written", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    await expect(propose(home.actors.fact_checker, claim.id, 1, "nope")).rejects.toBeInstanceOf(ValidationError);
    expect(await auditEventsFor(claim.id)).toHaveLength(1);
  });
});
