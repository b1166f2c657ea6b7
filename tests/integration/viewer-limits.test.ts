import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { ForbiddenError } from "@/lib/policies";
import { addComment } from "@/lib/server/add-comment";
import { createClaim } from "@/lib/server/create-claim";
import { resolveComment } from "@/lib/server/resolve-comment";
import { updateClaim } from "@/lib/server/update-claim";
import { makeArticle, makeNewsroom, type TestNewsroom } from "../helpers/factory";

let team: TestNewsroom;
beforeAll(async () => {
  team = await makeNewsroom();
});

async function claim() {
  const article = await makeArticle(team.actors.editor);
  return createClaim({ actor: team.actors.fact_checker, input: { id: randomUUID(), articleId: article.id, type: "date", quotedText: "24 mai 2024" } });
}

describe("what a viewer may not do on claims", () => {
  it("a viewer cannot be assigned a claim (422 on the field), and the claim keeps its assignee", async () => {
    const c = await claim();
    await updateClaim({ actor: team.actors.editor, input: { claimId: c.id, revision: 1, assigneeId: team.actors.fact_checker.userId } });
    await expect(updateClaim({ actor: team.actors.editor, input: { claimId: c.id, revision: 2, assigneeId: team.actors.viewer.userId } })).rejects.toMatchObject({
      fields: { assigneeId: "is a viewer: viewers cannot be assigned claims" },
    });
    const saved = await db().claim.findUniqueOrThrow({ where: { id: c.id } });
    expect(saved.assigneeId).toBe(team.actors.fact_checker.userId);
    expect(saved.revision).toBe(2);
  });

  it("a viewer resolves their own comment, never another person's", async () => {
    const c = await claim();
    const checkers = await addComment({ actor: team.actors.fact_checker, input: { claimId: c.id, body: "Quelle source ?" } });
    const viewers = await addComment({ actor: team.actors.viewer, input: { claimId: c.id, body: "Une question de lecteur." } });
    await expect(resolveComment({ actor: team.actors.viewer, input: { commentId: checkers.id, resolved: true } })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await db().comment.findUniqueOrThrow({ where: { id: checkers.id } })).resolvedAt).toBeNull();
    await resolveComment({ actor: team.actors.viewer, input: { commentId: viewers.id, resolved: true } });
    expect((await db().comment.findUniqueOrThrow({ where: { id: viewers.id } })).resolvedAt).not.toBeNull();
  });
});
