import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { documentFromJson } from "../../lib/editor/document";
import { approveVerdict } from "../../lib/server/approve-verdict";
import { createClaim } from "../../lib/server/create-claim";
import { proposeVerdict } from "../../lib/server/propose-verdict";
import { replaceDraftBody } from "../../lib/server/replace-draft-body";
import { addSource } from "../../lib/server/add-source";
import { makeArticle, makeNewsroom } from "../helpers/factory";
import { signIn } from "./helpers";

test("an editor publishes; the public sees the rated claim without signing in; unpublishing answers 410", async ({ browser, request }) => {
  const team = await makeNewsroom();
  const article = await makeArticle(team.actors.editor, "Meta et vos données", "x");
  const claimId = randomUUID();
  const payload = `<img src=x onerror=alert('pub')>`;
  const doc = documentFromJson(
    { type: "doc", content: [{ type: "paragraph", content: [
      { type: "text", text: "Le " },
      { type: "text", text: "24 mai 2024", marks: [{ type: "claim", attrs: { id: claimId, type: "date" } }] },
      { type: "text", text: `, Meta a écrit ${payload}.` },
    ] }] },
    { keepClaims: true },
  );
  await replaceDraftBody({ articleId: article.id, body: doc });
  await createClaim({ actor: team.actors.fact_checker, input: { id: claimId, articleId: article.id, type: "date", quotedText: "24 mai 2024", normalized: { date: "2024-05-24" } } });
  await addSource({ actor: team.actors.fact_checker, input: { claimId, url: "https://example.org/notification", title: payload, kind: "primary_document", stance: "supports" } });
  await proposeVerdict({ actor: team.actors.fact_checker, input: { claimId, revision: 1, verdictKey: "true", rationale: `Capture datée. ${payload}` } });
  await approveVerdict({ actor: team.actors.editor, input: { claimId, revision: 2 } });

  const publicPath = `/${team.newsroom.slug}/${article.slug}`;
  expect((await request.get(publicPath)).status()).toBe(404); // still a draft

  const checkerContext = await browser.newContext();
  const checker = await checkerContext.newPage();
  await signIn(checker, team.users.fact_checker.email, team.users.fact_checker.password);
  await checker.goto(`/desk/${team.newsroom.slug}/articles/${article.slug}`);
  await expect(checker.getByTestId("publish-bar")).toHaveCount(0);
  await checkerContext.close();

  const editorContext = await browser.newContext();
  const editor = await editorContext.newPage();
  await signIn(editor, team.users.editor.email, team.users.editor.password);
  await editor.goto(`/desk/${team.newsroom.slug}/articles/${article.slug}`);
  await editor.getByTestId("publish").click();
  await expect(editor.getByTestId("publish-dialog")).toContainText("Published: 1 rated claim(s)");
  await editor.getByTestId("publish-confirm").click();
  await expect(editor.getByTestId("toast").last()).toHaveText("Published as version 1.");

  const response = await request.get(publicPath);
  expect(response.status()).toBe(200);
  expect(response.headers()["etag"]).toMatch(/^"v-/);
  const html = await response.text();
  const ld = JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]);
  expect(ld[0]).toMatchObject({ "@type": "ClaimReview", claimReviewed: expect.stringContaining("24 mai 2024"), reviewRating: { ratingValue: 5, bestRating: 5, worstRating: 1, alternateName: "Vrai" } });
  const pinned = await request.get(`${publicPath}/v/1`);
  expect(pinned.headers()["cache-control"]).toBe("public, max-age=300, must-revalidate");
  expect((await request.get(publicPath, { headers: { "if-none-match": response.headers()["etag"] } })).status()).toBe(304);

  const publicContext = await browser.newContext();
  const reader = await publicContext.newPage();
  const dialogs: string[] = [];
  reader.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await reader.goto(publicPath);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Meta et vos données");
  await expect(reader.locator(`mark#claim-${claimId}`)).toContainText("24 mai 2024");
  await expect(reader.locator(`#card-${claimId}`)).toContainText("Vrai");
  await expect(reader.locator(`#card-${claimId}`)).toContainText(payload);
  expect(await reader.locator("script:not([type='application/ld+json']), img, [onerror]").count()).toBe(0);
  expect(dialogs).toEqual([]);

  // A correction: the verdict changes, the change note is required, the log says what changed.
  await proposeVerdict({ actor: team.actors.editor, input: { claimId, revision: 3, verdictKey: "misleading", rationale: "La capture est d’un brouillon." } });
  await approveVerdict({ actor: team.actors.owner, input: { claimId, revision: 4 } });
  await editor.getByTestId("publish").click();
  await editor.getByTestId("publish-confirm").click();
  await expect(editor.getByText("Verdicts or claims changed since the last version: say what changed in a note.").first()).toBeVisible();
  await editor.getByTestId("change-note").fill("Verdict corrigé après vérification de la capture.");
  await editor.getByTestId("publish-confirm").click();
  await expect(editor.getByTestId("toast").last()).toHaveText("Published as version 2.");
  await reader.reload();
  await expect(reader.locator(".log")).toContainText("Verdict corrigé après vérification de la capture.");
  await expect(reader.locator(".log")).toContainText("verdict modifié : « 24 mai 2024 » Vrai → Trompeur");
  await expect(reader.locator(`#card-${claimId}`)).toContainText("Trompeur");
  await reader.goto(`${publicPath}/v/1`);
  await expect(reader.locator(`#card-${claimId}`)).toContainText("Vrai");

  const index = await request.get(`/${team.newsroom.slug}`);
  expect(await index.text()).toContain("Meta et vos données");
  const feed = await (await request.get(`/${team.newsroom.slug}/feed.xml`)).text();
  expect(feed).toMatch(/<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"[\s\S]*<entry>[\s\S]*Meta et vos données/);
  const reviews = await (await request.get(`/${team.newsroom.slug}/claimreview.json`)).json();
  expect(reviews).toHaveLength(1);
  const annotations = await (await request.get(`${publicPath}/v/1/annotations.jsonld`)).json();
  const selectors = annotations.first.items[0].target.selector;
  expect(selectors).toEqual(expect.arrayContaining([expect.objectContaining({ type: "TextQuoteSelector", exact: "24 mai 2024" }), expect.objectContaining({ type: "TextPositionSelector", start: 3, end: 14 })]));

  await editor.getByTestId("unpublish").click();
  await expect(editor.getByTestId("toast").last()).toHaveText("Public page withdrawn.");
  expect((await request.get(publicPath)).status()).toBe(410);
  expect((await request.get(`${publicPath}/v/1/annotations.jsonld`)).status()).toBe(410);
  const withdrawn = await request.get(`${publicPath}/v/1`);
  expect([withdrawn.status(), withdrawn.headers()["cache-control"]]).toEqual([410, "no-store"]);
  expect(await (await request.get(`/${team.newsroom.slug}`)).text()).not.toContain("Meta et vos données");
  await editorContext.close();
  await publicContext.close();
});
