import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { db } from "@/lib/db/prisma";
import { addSource } from "@/lib/server/add-source";
import { createClaim } from "@/lib/server/create-claim";
import { addSourceSchema, createClaimSchema } from "@/lib/validation/claim";
import { bigArticleJson, makeArticleFromJson } from "../helpers/big-article";
import { makeNewsroom } from "../helpers/factory";
import { signIn } from "./helpers";

test("a long claim list shows its rows step by step, and a card reads its sources when it opens", async ({ page }) => {
  const team = await makeNewsroom();
  const ids = Array.from({ length: 65 }, () => randomUUID());
  const article = await makeArticleFromJson(team.actors.editor, "Soixante-cinq affirmations", bigArticleJson(2000, ids));
  for (const id of ids) {
    await createClaim({ actor: team.actors.fact_checker, input: createClaimSchema.parse({ id, articleId: article.id, type: "other", quotedText: "trois mots marqués" }) });
  }
  const last = ids[ids.length - 1];
  await addSource({ actor: team.actors.fact_checker, input: addSourceSchema.parse({ claimId: last, url: "https://example.org/rapport", title: "Le rapport", kind: "primary_document", stance: "supports" }) });

  await signIn(page, team.users.editor.email, team.users.editor.password);
  await page.goto(`/desk/${team.newsroom.slug}/articles/${article.slug}`);
  await expect(page.getByTestId("live-editor").locator("[data-claim-id]")).toHaveCount(65);
  const rows = page.getByTestId("claim-row");
  await expect(rows).toHaveCount(60);
  const more = page.getByRole("button", { name: /^(Show more|Afficher la suite) \(5/ });
  await more.scrollIntoViewIfNeeded(); // near the end of the list, the next rows come on their own
  await expect(rows).toHaveCount(65);
  await expect(more).toHaveCount(0);

  // The page carried rows only: the card of the last claim reads its source when it opens.
  await page.locator(`[data-testid=claim-row][data-claim-id="${last}"]`).click();
  await expect(page.getByRole("link", { name: /Le rapport/ })).toHaveAttribute("href", "https://example.org/rapport");

  // A claim deleted since the page loaded: its card cannot be read; the person is told and stays on the list.
  await page.getByRole("button", { name: /All claims/ }).click();
  const gone = ids[0];
  await db().claim.delete({ where: { id: gone } });
  await page.locator(`[data-testid=claim-row][data-claim-id="${gone}"]`).click();
  await expect(page.locator(".toast-error")).toBeVisible();
  await expect(page.getByTestId("claim-list")).toBeVisible();
  await expect(page.getByTestId("claim-card-loading")).toHaveCount(0);
});
