import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { ForbiddenError, ROLES, type Role } from "@/lib/policies";
import { addComment } from "@/lib/server/add-comment";
import { addSource } from "@/lib/server/add-source";
import { createClaim } from "@/lib/server/create-claim";
import { ConflictError, NotFoundError } from "@/lib/server/errors";
import { getClaim } from "@/lib/server/get-claim";
import { removeSource } from "@/lib/server/remove-source";
import { resolveComment } from "@/lib/server/resolve-comment";
import { updateSource } from "@/lib/server/update-source";
import { addSourceSchema, createClaimSchema, updateSourceSchema, type SourceInput } from "@/lib/validation/claim";
import { fieldErrors } from "@/lib/validation/common";
import { auditEventsFor, makeArticle, makeNewsroom, type TestNewsroom } from "../helpers/factory";
import { expectAllowedFrom, RANK, type RoleOperation } from "../helpers/role-matrix";


const XSS_PAYLOADS = readFileSync(path.join(import.meta.dirname, "../fixtures/xss-payloads.txt"), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "");

const CNIL = {
  url: "https://www.cnil.fr/fr/les-bases-legales/interet-legitime",
  title: "L'intérêt légitime",
  publisher: "CNIL",
  kind: "official_statement",
  stance: "context",
} as const;

async function markClaim(t: TestNewsroom) {
  const article = await makeArticle(t.actors.fact_checker);
  const input = createClaimSchema.parse({ id: randomUUID(), articleId: article.id, type: "legal_basis", quotedText: "intérêts légitimes", normalized: { instrument: "GDPR", basis: "legitimate_interests" } });
  return createClaim({ actor: t.actors.fact_checker, input });
}

const sourceOf = (claimId: string, input: Partial<Record<keyof SourceInput, unknown>> = {}) => addSourceSchema.parse({ ...CNIL, claimId, ...input });

async function sourcedClaim(t: TestNewsroom) {
  const claim = await markClaim(t);
  const source = await addSource({ actor: t.actors.fact_checker, input: sourceOf(claim.id) });
  return { claim, source };
}

const editOf = (source: { id: string; updatedAt: Date }, input: Partial<Record<keyof SourceInput, unknown>> = {}) =>
  updateSourceSchema.parse({ ...CNIL, sourceId: source.id, expectedUpdatedAt: source.updatedAt.toISOString(), ...input });

/** `lookupFrom`: the lowest role that gets past the first check to the record lookup, when not `minimum`. */
type Operation = RoleOperation & { lookupFrom?: Role };

const operations: Operation[] = [
  {
    name: "addSource",
    minimum: "fact_checker",
    prepare: async (home) => {
      const claim = await markClaim(home);
      return (actor) => addSource({ actor, input: sourceOf(claim.id) });
    },
  },
  {
    name: "updateSource",
    minimum: "fact_checker",
    prepare: async (home) => {
      const { source } = await sourcedClaim(home);
      return (actor) => updateSource({ actor, input: editOf(source, { title: "Autre titre" }) });
    },
  },
  {
    name: "removeSource",
    minimum: "fact_checker",
    prepare: async (home) => {
      const { source } = await sourcedClaim(home);
      return (actor) => removeSource({ actor, input: { sourceId: source.id } });
    },
  },
  {
    name: "addComment",
    minimum: "viewer",
    prepare: async (home) => {
      const claim = await markClaim(home);
      return (actor) => addComment({ actor, input: { claimId: claim.id, body: "Le formulaire est-il en ligne ?" } });
    },
  },
  {
    // Someone else's comment: a fact-checker and up (the author's own case is below).
    name: "resolveComment",
    minimum: "fact_checker",
    lookupFrom: "viewer",
    prepare: async (home) => {
      const claim = await markClaim(home);
      const comment = await addComment({ actor: home.actors.owner, input: { claimId: claim.id, body: "À vérifier." } });
      return (actor) => resolveComment({ actor, input: { commentId: comment.id, resolved: true } });
    },
  },
];

describe("sources and comments: who may do what", () => {
  it.each(operations)("$name: allowed from $minimum up, refused below", expectAllowedFrom);

  it.each(operations)("$name: another newsroom's claim, source or comment is 'not found', whatever the role", async ({ minimum, lookupFrom, prepare }) => {
    const [home, other] = await Promise.all([makeNewsroom(), makeNewsroom()]);
    for (const role of ROLES) {
      const outcome = (await prepare(home))(other.actors[role]);
      // Roles refused the action outright are told so before any lookup: nothing about home's records leaks either way.
      if (RANK[role] >= RANK[lookupFrom ?? minimum]) await expect(outcome, role).rejects.toBeInstanceOf(NotFoundError);
      else await expect(outcome, role).rejects.toBeInstanceOf(ForbiddenError);
    }
    expect(await db().source.count({ where: { newsroomId: other.newsroom.id } })).toBe(0);
    expect(await db().comment.count({ where: { newsroomId: other.newsroom.id } })).toBe(0);
  });
});

describe("sources", () => {
  it("are added, edited and removed with an audit event each (before and after, with the claim)", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    const source = await addSource({ actor: home.actors.fact_checker, input: sourceOf(claim.id, { publishedAt: "2024-05-24", excerpt: "« intérêt légitime »", archiveUrl: "https://web.archive.org/x" }) });
    expect(source).toMatchObject({ claimId: claim.id, newsroomId: home.newsroom.id, createdById: home.actors.fact_checker.userId, publishedAt: new Date("2024-05-24T00:00:00Z") });
    const edited = await updateSource({ actor: home.actors.editor, input: editOf(source, { stance: "supports", title: "Intérêt légitime (CNIL)" }) });
    expect(edited).toMatchObject({ stance: "supports", title: "Intérêt légitime (CNIL)", publishedAt: null, excerpt: null });
    await removeSource({ actor: home.actors.owner, input: { sourceId: source.id } });
    expect(await db().source.findUnique({ where: { id: source.id } })).toBeNull();

    const [created, updated, deleted] = await auditEventsFor(source.id);
    expect(created).toMatchObject({ action: "source.create", objectType: "source", actorId: home.actors.fact_checker.userId, before: null });
    expect(created.after).toMatchObject({ claimId: claim.id, url: CNIL.url, publishedAt: "2024-05-24T00:00:00.000Z" });
    expect(updated).toMatchObject({ action: "source.update", actorId: home.actors.editor.userId });
    expect(updated.before).toMatchObject({ claimId: claim.id, stance: "context", title: "L'intérêt légitime" });
    expect(updated.after).toMatchObject({ claimId: claim.id, stance: "supports", title: "Intérêt légitime (CNIL)" });
    expect(deleted).toMatchObject({ action: "source.delete", actorId: home.actors.owner.userId, after: null });
    expect(deleted.before).toMatchObject({ claimId: claim.id, stance: "supports" });
  });

  it("do not touch the claim row (no revision bump, so an open card stays current)", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    const source = await addSource({ actor: home.actors.fact_checker, input: sourceOf(claim.id) });
    await updateSource({ actor: home.actors.fact_checker, input: editOf(source, { title: "x" }) });
    await removeSource({ actor: home.actors.fact_checker, input: { sourceId: source.id } });
    expect(await db().claim.findUniqueOrThrow({ where: { id: claim.id } })).toMatchObject({ revision: 1, updatedAt: claim.updatedAt });
  });

  it("the second of two edits from the same version gets a conflict that shows the first's", async () => {
    const home = await makeNewsroom();
    const { source } = await sourcedClaim(home);
    await updateSource({ actor: home.actors.fact_checker, input: editOf(source, { title: "Première" }) });
    const conflict = await updateSource({ actor: home.actors.editor, input: editOf(source, { title: "Seconde" }) }).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ConflictError);
    expect((conflict as ConflictError).current).toMatchObject({ id: source.id, title: "Première" });
    expect((await db().source.findUniqueOrThrow({ where: { id: source.id } })).title).toBe("Première");
    expect((await auditEventsFor(source.id)).map((e) => e.action)).toEqual(["source.create", "source.update"]);
  });

  it("two simultaneous edits from the same version: one wins, the other sees the winner's", async () => {
    const home = await makeNewsroom();
    const { source } = await sourcedClaim(home);
    const titles = ["Première", "Seconde"];
    const outcomes = await Promise.allSettled(titles.map((title, i) => updateSource({ actor: i ? home.actors.editor : home.actors.fact_checker, input: editOf(source, { title }) })));
    const winner = outcomes.findIndex((o) => o.status === "fulfilled");
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const loser = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason).toBeInstanceOf(ConflictError);
    expect((loser.reason as ConflictError).current).toMatchObject({ title: titles[winner] });
  });

  it.each([
    ["javascript:alert(1)", "url"],
    ["JaVaScRiPt:alert(1)", "url"],
    ["data:text/html,<script>alert(1)</script>", "url"],
    ["not a url", "url"],
  ])("refuses the URL %s, naming the field", (url, field) => {
    const parsed = addSourceSchema.safeParse({ ...CNIL, claimId: randomUUID(), url });
    expect(parsed.success ? {} : fieldErrors(parsed.error)).toEqual({ [field]: "must be an http:// or https:// address" });
  });

  it("refuses a future publication date and a javascript: archive URL, naming each field", () => {
    const parsed = addSourceSchema.safeParse({ ...CNIL, claimId: randomUUID(), publishedAt: "2999-01-01", archiveUrl: "javascript:alert(1)" });
    expect(parsed.success ? {} : fieldErrors(parsed.error)).toEqual({ publishedAt: "is in the future", archiveUrl: "must be an http:// or https:// address" });
    const edit = updateSourceSchema.safeParse({ ...CNIL, sourceId: randomUUID(), expectedUpdatedAt: new Date().toISOString(), url: "data:," });
    expect(edit.success ? {} : fieldErrors(edit.error)).toEqual({ url: "must be an http:// or https:// address" });
  });

  it("stores hostile titles and excerpts verbatim (they are escaped where shown)", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    for (const payload of XSS_PAYLOADS) {
      await addSource({ actor: home.actors.fact_checker, input: sourceOf(claim.id, { title: payload, excerpt: payload, publisher: payload.slice(0, 200) }) });
    }
    const { sources } = await getClaim({ actor: home.actors.viewer, claimId: claim.id });
    expect(sources.map((s) => s.title)).toEqual(XSS_PAYLOADS.map((p) => p.trim()));
    expect(sources.map((s) => s.excerpt)).toEqual(XSS_PAYLOADS.map((p) => p.trim()));
  });
});

describe("comments", () => {
  it("threads replies on the same claim only", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    const elsewhere = await markClaim(home);
    const question = await addComment({ actor: home.actors.viewer, input: { claimId: claim.id, body: "Où est le formulaire ?" } });
    const reply = await addComment({ actor: home.actors.fact_checker, input: { claimId: claim.id, body: "Pas encore en ligne.", parentId: question.id } });
    expect(reply).toMatchObject({ parentId: question.id, authorId: home.actors.fact_checker.userId, resolvedAt: null });
    await expect(addComment({ actor: home.actors.viewer, input: { claimId: elsewhere.id, body: "x", parentId: question.id } })).rejects.toMatchObject({
      status: 422,
      fields: { parentId: "is not a comment of this claim" },
    });
    await expect(addComment({ actor: home.actors.viewer, input: { claimId: claim.id, body: "x", parentId: randomUUID() } })).rejects.toMatchObject({ fields: { parentId: expect.any(String) } });
    expect(await db().comment.count({ where: { claimId: elsewhere.id } })).toBe(0);
    const [event] = await auditEventsFor(question.id);
    expect(event).toMatchObject({ action: "comment.create", actorId: home.actors.viewer.userId, after: { claimId: claim.id, body: "Où est le formulaire ?" } });
  });

  it("a reply cannot point at another newsroom's comment", async () => {
    const [home, other] = await Promise.all([makeNewsroom(), makeNewsroom()]);
    const theirs = await addComment({ actor: other.actors.viewer, input: { claimId: (await markClaim(other)).id, body: "secret" } });
    const claim = await markClaim(home);
    await expect(addComment({ actor: home.actors.viewer, input: { claimId: claim.id, body: "x", parentId: theirs.id } })).rejects.toMatchObject({ fields: { parentId: expect.any(String) } });
  });

  it("stores hostile bodies verbatim (they are escaped where shown)", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    for (const payload of XSS_PAYLOADS) await addComment({ actor: home.actors.viewer, input: { claimId: claim.id, body: payload } });
    const { comments } = await getClaim({ actor: home.actors.viewer, claimId: claim.id });
    expect(comments.map((c) => c.body)).toEqual(XSS_PAYLOADS);
  });

  it("the author may resolve and reopen their own comment, even as a viewer; another viewer may not", async () => {
    const home = await makeNewsroom();
    const claim = await markClaim(home);
    const comment = await addComment({ actor: home.actors.viewer, input: { claimId: claim.id, body: "Question" } });
    const resolved = await resolveComment({ actor: home.actors.viewer, input: { commentId: comment.id, resolved: true } });
    expect(resolved).toMatchObject({ resolvedById: home.actors.viewer.userId, resolvedAt: expect.any(Date) });
    const reopened = await resolveComment({ actor: home.actors.viewer, input: { commentId: comment.id, resolved: false } });
    expect(reopened).toMatchObject({ resolvedById: null, resolvedAt: null });

    const others = await addComment({ actor: home.actors.editor, input: { claimId: claim.id, body: "Remarque" } });
    await expect(resolveComment({ actor: home.actors.viewer, input: { commentId: others.id, resolved: true } })).rejects.toBeInstanceOf(ForbiddenError);
    await resolveComment({ actor: home.actors.fact_checker, input: { commentId: others.id, resolved: true } });

    const events = await auditEventsFor(comment.id);
    expect(events.map((e) => e.action)).toEqual(["comment.create", "comment.resolve", "comment.resolve"]);
    expect(events[1]).toMatchObject({ before: { claimId: claim.id, resolved: false }, after: { claimId: claim.id, resolved: true } });
    expect(events[2]).toMatchObject({ before: { resolved: true }, after: { resolved: false } });
  });
});
