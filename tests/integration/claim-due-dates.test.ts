import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { isOverdue } from "@/lib/due-dates";
import { createClaim } from "@/lib/server/create-claim";
import { listMyQueue } from "@/lib/server/list-my-queue";
import { updateClaim } from "@/lib/server/update-claim";
import { updateClaimSchema } from "@/lib/validation/claim";
import { fieldErrors } from "@/lib/validation/common";
import { api, tokensFor } from "../helpers/api";
import { auditEventsFor, makeArticle, makeNewsroom, type TestNewsroom } from "../helpers/factory";

let team: TestNewsroom;
beforeAll(async () => {
  team = await makeNewsroom();
});

async function claim(text = "Meta") {
  const article = await makeArticle(team.actors.editor);
  return createClaim({ actor: team.actors.fact_checker, input: { id: randomUUID(), articleId: article.id, type: "other", quotedText: text } });
}

const read = (id: string) => db().claim.findUniqueOrThrow({ where: { id } });

describe("a claim's due date and priority", () => {
  it("are set, cleared and audited like the claim's other fields", async () => {
    const c = await claim();
    await updateClaim({ actor: team.actors.fact_checker, input: updateClaimSchema.parse({ claimId: c.id, revision: 1, dueDate: "2026-12-31", priority: "urgent" }) });
    expect(await read(c.id)).toMatchObject({ dueDate: new Date("2026-12-31T00:00:00Z"), priority: "urgent", revision: 2 });
    // The same values again change nothing (no revision, no event).
    await updateClaim({ actor: team.actors.fact_checker, input: updateClaimSchema.parse({ claimId: c.id, revision: 2, dueDate: "2026-12-31", priority: "urgent" }) });
    expect((await read(c.id)).revision).toBe(2);
    await updateClaim({ actor: team.actors.fact_checker, input: updateClaimSchema.parse({ claimId: c.id, revision: 2, dueDate: "" }) });
    expect(await read(c.id)).toMatchObject({ dueDate: null, priority: "urgent" });
    const events = (await auditEventsFor(c.id)).filter((e) => e.action === "claim.update");
    expect(events.map((e) => [e.before, e.after])).toEqual([
      [{ dueDate: null, priority: "normal" }, { dueDate: "2026-12-31T00:00:00.000Z", priority: "urgent" }],
      [{ dueDate: "2026-12-31T00:00:00.000Z" }, { dueDate: null }],
    ]);
  });

  it("bad values are refused with the field named, and nothing is saved", async () => {
    const bad: Record<string, unknown>[] = [
      { dueDate: "2024-02-30" },
      { dueDate: "31/12/2026" },
      { dueDate: "tomorrow" },
      { dueDate: 20261231 },
      { dueDate: "1899-12-31" },
      { dueDate: "<script>alert(1)</script>" },
      { priority: "asap" },
      { priority: "" },
      { priority: null },
    ];
    for (const input of bad) {
      const parsed = updateClaimSchema.safeParse({ claimId: randomUUID(), revision: 1, ...input });
      expect(parsed.success, JSON.stringify(input)).toBe(false);
      expect(Object.keys(fieldErrors(parsed.error!)), JSON.stringify(input)).toEqual(Object.keys(input));
    }
  });

  it("'My queue' lists overdue claims first, then by due date, then the most urgent; no due date last", async () => {
    const checker = team.actors.fact_checker;
    const plan = [
      { text: "sans date, basse", dueDate: null, priority: "low" },
      { text: "dans longtemps", dueDate: "2099-06-01", priority: "normal" },
      { text: "en retard", dueDate: "2020-01-01", priority: "low" },
      { text: "sans date, urgente", dueDate: null, priority: "urgent" },
      { text: "bientôt, haute", dueDate: "2098-01-01", priority: "high" },
      { text: "bientôt, normale", dueDate: "2098-01-01", priority: "normal" },
    ] as const;
    const ids: Record<string, string> = {};
    for (const item of plan) {
      const c = await claim(item.text);
      ids[c.id] = item.text;
      await updateClaim({ actor: team.actors.editor, input: updateClaimSchema.parse({ claimId: c.id, revision: 1, assigneeId: checker.userId, dueDate: item.dueDate ?? "", priority: item.priority }) });
    }
    const queue = await listMyQueue({ actor: checker });
    const mine = queue.assigned.filter((c) => c.id in ids);
    expect(mine.map((c) => ids[c.id])).toEqual(["en retard", "bientôt, haute", "bientôt, normale", "dans longtemps", "sans date, urgente", "sans date, basse"]);
    expect(mine.map((c) => isOverdue(c))).toEqual([true, false, false, false, false, false]);
  });
});

describe("due date and priority in the REST API", () => {
  it("are in the claim's representation and changed by PATCH; a bad value is a 422 naming it", async () => {
    const tokens = await tokensFor(team);
    const c = await claim();
    const before = await (await api("GET", `/claims/${c.id}`, { token: tokens.viewer })).json();
    expect(before).toMatchObject({ dueDate: null, priority: "normal" });
    const patched = await api("PATCH", `/claims/${c.id}`, { token: tokens.fact_checker, body: { dueDate: "2027-03-01", priority: "high" } });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ dueDate: "2027-03-01", priority: "high", revision: 2 });
    const refused = await api("PATCH", `/claims/${c.id}`, { token: tokens.fact_checker, body: { dueDate: "2027-02-30", priority: "whenever" } });
    expect(refused.status).toBe(422);
    const { error } = await refused.json();
    expect(error.fields).toMatchObject({ dueDate: "is not a real date", priority: expect.stringMatching(/must be one of low, normal, high, urgent/) });
    expect(await read(c.id)).toMatchObject({ dueDate: new Date("2027-03-01T00:00:00Z"), priority: "high", revision: 2 });
    const cleared = await api("PATCH", `/claims/${c.id}`, { token: tokens.fact_checker, body: { dueDate: null } });
    expect(await cleared.json()).toMatchObject({ dueDate: null, priority: "high" });
    expect((await api("PATCH", `/claims/${c.id}`, { token: tokens.viewer, body: { priority: "low" } })).status).toBe(403);
  });
});
