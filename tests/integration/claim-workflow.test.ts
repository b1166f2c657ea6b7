import { randomUUID } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { ForbiddenError } from "@/lib/policies";
import { addComment } from "@/lib/server/add-comment";
import { addSource } from "@/lib/server/add-source";
import type { Actor } from "@/lib/server/actor";
import { approveVerdict, FourEyesError } from "@/lib/server/approve-verdict";
import { createClaim } from "@/lib/server/create-claim";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/server/errors";
import { getClaim } from "@/lib/server/get-claim";
import { getClaimHistory } from "@/lib/server/get-claim-history";
import { listMyQueue } from "@/lib/server/list-my-queue";
import { proposeVerdict } from "@/lib/server/propose-verdict";
import { syncClaimAnchors } from "@/lib/server/sync-claim-anchors";
import { updateClaim } from "@/lib/server/update-claim";
import { addSourceSchema, createClaimSchema, updateClaimSchema } from "@/lib/validation/claim";
import { fieldErrors } from "@/lib/validation/common";
import { makeArticle, makeNewsroom, type TestNewsroom } from "../helpers/factory";

let home: TestNewsroom;
let other: TestNewsroom;
beforeAll(async () => {
  [home, other] = await Promise.all([makeNewsroom(), makeNewsroom()]);
});

async function claim(actor: Actor = home.actors.fact_checker, type: "date" | "number" = "date") {
  const article = await makeArticle(home.actors.editor);
  return createClaim({ actor, input: createClaimSchema.parse({ id: randomUUID(), articleId: article.id, type, quotedText: "24 mai 2024", normalized: type === "date" ? { date: "2024-05-24" } : {} }) });
}

const revisionOf = async (id: string) => (await db().claim.findUniqueOrThrow({ where: { id } })).revision;

describe("claims: roles and newsrooms", () => {
  it("a viewer cannot create or edit a claim, but may comment", async () => {
    const article = await makeArticle(home.actors.editor);
    await expect(createClaim({ actor: home.actors.viewer, input: createClaimSchema.parse({ id: randomUUID(), articleId: article.id, type: "date", quotedText: "x" }) })).rejects.toBeInstanceOf(ForbiddenError);
    const c = await claim();
    await expect(updateClaim({ actor: home.actors.viewer, input: { claimId: c.id, revision: 1, state: "in_progress" } })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(addComment({ actor: home.actors.viewer, input: { claimId: c.id, body: "Une question" } })).resolves.toMatchObject({ body: "Une question" });
  });

  it("another newsroom's claims, sources and articles are 'not found' for every action", async () => {
    const c = await claim();
    const intruder = other.actors.owner;
    await expect(getClaim({ actor: intruder, claimId: c.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateClaim({ actor: intruder, input: { claimId: c.id, revision: 1, state: "in_progress" } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(proposeVerdict({ actor: intruder, input: { claimId: c.id, revision: 1, verdictKey: "true", rationale: "x" } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addSource({ actor: intruder, input: addSourceSchema.parse({ claimId: c.id, url: "https://example.org", kind: "media", stance: "supports" }) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(addComment({ actor: intruder, input: { claimId: c.id, body: "x" } })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getClaimHistory({ actor: intruder, claimId: c.id })).rejects.toBeInstanceOf(NotFoundError);
    const article = await makeArticle(home.actors.editor);
    await expect(createClaim({ actor: intruder, input: createClaimSchema.parse({ id: randomUUID(), articleId: article.id, type: "date", quotedText: "x" }) })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("verdicts: the four-eyes rule", () => {
  it("the proposer cannot approve; a fact-checker cannot; another editor can", async () => {
    const c = await claim(home.actors.editor);
    await proposeVerdict({ actor: home.actors.editor, input: { claimId: c.id, revision: 1, verdictKey: "true", rationale: "Daté du 24 mai." } });
    await expect(approveVerdict({ actor: home.actors.editor, input: { claimId: c.id, revision: 2 } })).rejects.toBeInstanceOf(FourEyesError);
    await expect(approveVerdict({ actor: home.actors.fact_checker, input: { claimId: c.id, revision: 2 } })).rejects.toBeInstanceOf(ForbiddenError);
    await approveVerdict({ actor: home.actors.owner, input: { claimId: c.id, revision: 2 } });
    const approved = await getClaim({ actor: home.actors.viewer, claimId: c.id });
    expect(approved).toMatchObject({ state: "approved", verdictKey: "true", proposedById: home.actors.editor.userId, approvedById: home.actors.owner.userId });
    expect((await getClaimHistory({ actor: home.actors.viewer, claimId: c.id })).map((e) => e.action)).toEqual(["verdict.approve", "verdict.propose", "claim.create"]);
  });

  it("two editors approving at once: one succeeds, the other gets a conflict", async () => {
    const c = await claim();
    await proposeVerdict({ actor: home.actors.fact_checker, input: { claimId: c.id, revision: 1, verdictKey: "false", rationale: "Non." } });
    const second = await makeNewsroomEditor();
    const results = await Promise.allSettled([
      approveVerdict({ actor: home.actors.editor, input: { claimId: c.id, revision: 2 } }),
      approveVerdict({ actor: second, input: { claimId: c.id, revision: 2 } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
  });

  it("a verdict not on the newsroom's scale is refused, naming the field", async () => {
    const c = await claim();
    await expect(proposeVerdict({ actor: home.actors.fact_checker, input: { claimId: c.id, revision: 1, verdictKey: "pants_on_fire", rationale: "x" } })).rejects.toMatchObject({
      fields: { verdictKey: "is not on this newsroom's rating scale" },
    });
  });

  it("a text change after the verdict sends it back to review; a deleted text orphans the claim (kept)", async () => {
    const c = await claim();
    await proposeVerdict({ actor: home.actors.fact_checker, input: { claimId: c.id, revision: 1, verdictKey: "true", rationale: "x" } });
    await approveVerdict({ actor: home.actors.editor, input: { claimId: c.id, revision: 2 } });
    await syncClaimAnchors({ articleId: c.articleId, anchors: [{ claimId: c.id, text: "25 mai 2024" }] });
    expect(await getClaim({ actor: home.actors.viewer, claimId: c.id })).toMatchObject({ anchorHealth: "text_changed", state: "needs_review", approvedById: null, quotedText: "24 mai 2024" });
    await syncClaimAnchors({ articleId: c.articleId, anchors: [] });
    expect(await getClaim({ actor: home.actors.viewer, claimId: c.id })).toMatchObject({ anchorHealth: "orphaned", archivedAt: null });
  });
});

describe("concurrent edits of one card", () => {
  it("the second of two edits from the same revision gets a conflict that shows the first's value", async () => {
    const c = await claim(home.actors.fact_checker, "number");
    const [first, second] = await Promise.allSettled([
      updateClaim({ actor: home.actors.fact_checker, input: updateClaimSchema.parse({ claimId: c.id, revision: 1, normalized: { value: 2e9, unit: "utilisateurs" } }) }),
      updateClaim({ actor: home.actors.editor, input: updateClaimSchema.parse({ claimId: c.id, revision: 1, normalized: { value: 3e9 } }) }),
    ]);
    const outcomes = [first, second];
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const conflict = (outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult).reason as ConflictError;
    expect(conflict).toBeInstanceOf(ConflictError);
    expect(conflict.current).toMatchObject({ revision: 2 });
    expect(await revisionOf(c.id)).toBe(2);
  });

  it("an assignee outside the newsroom and a malformed normalized value are refused with the field named", async () => {
    const c = await claim();
    await expect(updateClaim({ actor: home.actors.editor, input: { claimId: c.id, revision: 1, assigneeId: other.actors.owner.userId } })).rejects.toMatchObject({ fields: { assigneeId: "is not a member of this newsroom" } });
    await expect(updateClaim({ actor: home.actors.editor, input: { claimId: c.id, revision: 1, normalized: { date: "2024-02-31" } } })).rejects.toBeInstanceOf(ValidationError);
    await updateClaim({ actor: home.actors.editor, input: { claimId: c.id, revision: 1, assigneeId: home.actors.fact_checker.userId } });
    expect((await listMyQueue({ actor: home.actors.fact_checker })).assigned.map((a) => a.id)).toContain(c.id);
  });
});

describe("sources: bad input", () => {
  it.each([
    ["javascript:alert(1)", "must be an http:// or https:// address"],
    ["data:text/html,<script>alert(1)</script>", "must be an http:// or https:// address"],
    ["not a url", "must be an http:// or https:// address"],
  ])("refuses the URL %s", (url, message) => {
    const parsed = addSourceSchema.safeParse({ claimId: randomUUID(), url, kind: "media", stance: "supports" });
    expect(parsed.success ? {} : fieldErrors(parsed.error)).toEqual({ url: message });
  });

  it("refuses a future date and an unknown kind; stores hostile titles verbatim (escaped when shown)", async () => {
    const future = addSourceSchema.safeParse({ claimId: randomUUID(), url: "https://a.example", publishedAt: "2999-01-01", kind: "rumour", stance: "supports" });
    expect(future.success ? {} : fieldErrors(future.error)).toMatchObject({ publishedAt: "is in the future", kind: expect.stringContaining("must be one of") });
    const c = await claim();
    const title = `<img src=x onerror=alert(1)>`;
    const source = await addSource({ actor: home.actors.fact_checker, input: addSourceSchema.parse({ claimId: c.id, url: "https://a.example/x", title, kind: "media", stance: "refutes" }) });
    expect(source.title).toBe(title);
  });
});

describe("live notifications", () => {
  const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => undefined });
  afterAll(() => sql.end());

  it("a committed change notifies the claim's article; a refused one does not", async () => {
    const c = await claim();
    const heard: string[] = [];
    const listener = await sql.listen("factdesk_claims", (payload) => heard.push(payload));
    await expect(updateClaim({ actor: home.actors.editor, input: { claimId: c.id, revision: 99, state: "in_progress" } })).rejects.toBeInstanceOf(ConflictError);
    await updateClaim({ actor: home.actors.editor, input: { claimId: c.id, revision: 1, state: "in_progress" } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    await listener.unlisten();
    // Other test files notify on the same channel at the same time: only this claim's count.
    expect(heard.map((p) => JSON.parse(p)).filter((n) => n.claimId === c.id)).toEqual([{ articleId: c.articleId, claimId: c.id }]);
  });
});

async function makeNewsroomEditor(): Promise<Actor> {
  const { addMember } = await import("@/lib/server/add-member");
  const { makeUser } = await import("../helpers/factory");
  const user = await makeUser("editor2");
  await addMember({ actor: home.actors.owner, email: user.email, role: "editor" });
  return { userId: user.id, newsroomId: home.newsroom.id, role: "editor" };
}
