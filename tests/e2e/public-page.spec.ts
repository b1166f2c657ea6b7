import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { addClaimMarks } from "../../lib/editor/add-claim-marks";
import { documentFromJson } from "../../lib/editor/document";
import { addSource } from "../../lib/server/add-source";
import { approveVerdict } from "../../lib/server/approve-verdict";
import { createClaim } from "../../lib/server/create-claim";
import { getArticleContent } from "../../lib/server/get-article-content";
import { proposeVerdict } from "../../lib/server/propose-verdict";
import { publishArticle } from "../../lib/server/publish-article";
import { replaceDraftBody } from "../../lib/server/replace-draft-body";
import type { ClaimTypeName } from "../../lib/validation/claim";
import { makeArticle, makeNewsroom } from "../helpers/factory";

const TEXT = [
  "Le 24 mai 2024, une notification Facebook est apparue : « Nous sommes en train de développer des outils IA pour vous ».",
  "Le géant des réseaux sociaux aux plus de 2 milliards d’utilisateurs actifs s’appuie sur la base légale appelée intérêts légitimes.",
  "Ce 24 mai 2024 le formulaire n’est pas disponible. Les nouvelles conditions seront applicables dès le 26 juin 2024.",
].join("\n");

const CLAIMS: { quote: string; type: ClaimTypeName; normalized: Record<string, unknown>; verdictKey: string }[] = [
  { quote: "24 mai 2024", type: "date", normalized: { date: "2024-05-24" }, verdictKey: "mostly_false" },
  { quote: "« Nous sommes en train de développer des outils IA pour vous »", type: "quote", normalized: { speaker: "Meta" }, verdictKey: "mostly_true" },
  { quote: "plus de 2 milliards d’utilisateurs actifs", type: "number", normalized: { value: 2e9, unit: "utilisateurs actifs" }, verdictKey: "true" },
  { quote: "intérêts légitimes", type: "legal_basis", normalized: { instrument: "GDPR", article: "6(1)(f)", basis: "legitimate_interests" }, verdictKey: "true" },
  { quote: "le formulaire n’est pas disponible", type: "other", normalized: {}, verdictKey: "unproven" },
  { quote: "26 juin 2024", type: "date", normalized: { date: "2024-06-26" }, verdictKey: "misleading" },
];

let publicPath = "";
let newsroomPath = "";
let ids: string[] = [];

/** A fact-check with six rated claims, published, then corrected (version 2: the last verdict changed). */
test.beforeAll(async () => {
  const team = await makeNewsroom();
  const article = await makeArticle(team.actors.editor, `Meta et vos données : nos vérifications ${randomUUID().slice(0, 6)}`, TEXT);
  ids = CLAIMS.map(() => randomUUID());
  const json = addClaimMarks((await getArticleContent({ articleId: article.id }))!, CLAIMS.map((c, i) => ({ id: ids[i], type: c.type, quote: c.quote })));
  const doc = documentFromJson(json, { keepClaims: true });
  await replaceDraftBody({ articleId: article.id, body: doc });
  for (const [i, c] of CLAIMS.entries()) {
    await createClaim({ actor: team.actors.fact_checker, input: { id: ids[i], articleId: article.id, type: c.type, quotedText: c.quote, normalized: c.normalized } });
    await addSource({
      actor: team.actors.fact_checker,
      input: { claimId: ids[i], url: `https://example.org/source-${i}`, title: `Source ${i + 1}`, publisher: "Exemple", archiveUrl: `https://web.archive.org/web/2024/https://example.org/source-${i}`, excerpt: "Un passage de la source.", kind: "primary_document", stance: "supports" },
    });
    await proposeVerdict({ actor: team.actors.fact_checker, input: { claimId: ids[i], revision: 1, verdictKey: c.verdictKey, rationale: `Analyse de l’affirmation ${i + 1}.` } });
    await approveVerdict({ actor: team.actors.editor, input: { claimId: ids[i], revision: 2 } });
  }
  await publishArticle({ actor: team.actors.editor, articleId: article.id });
  await proposeVerdict({ actor: team.actors.editor, input: { claimId: ids[5], revision: 3, verdictKey: "false", rationale: "Reporté : rien n’a changé le 26 juin." } });
  await approveVerdict({ actor: team.actors.owner, input: { claimId: ids[5], revision: 4 } });
  await publishArticle({ actor: team.actors.editor, articleId: article.id, note: "Verdict du 26 juin corrigé." });
  newsroomPath = `/${team.newsroom.slug}`;
  publicPath = `${newsroomPath}/${article.slug}`;
});

/** axe's serious and critical findings, by rule and element, for a readable failure. */
async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }));
}

test("axe finds nothing serious on the public page (desktop, mobile, dark, a card open, an old version) or the newsroom index", async ({ page }) => {
  for (const [width, height] of [
    [1280, 900],
    [390, 844],
  ]) {
    await page.setViewportSize({ width, height });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of [publicPath, `${publicPath}#card-${ids[0]}`, `${publicPath}/v/1`, newsroomPath]) {
        await page.goto(path);
        expect(await seriousViolations(page), `${path} at ${width}px, ${scheme}`).toEqual([]);
      }
    }
  }
});

test("keyboard: from a claim to its card and back, with names that say where they go", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(publicPath);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Aller au texte vérifié" })).toBeFocused();

  const verdictLink = page.locator(`a.verdict-tag[href="#card-${ids[0]}"]`);
  await expect(verdictLink).toHaveAccessibleName(/^Verdict\s*:\s*Plutôt faux$/);
  await verdictLink.focus();
  await page.keyboard.press("Enter");
  const card = page.locator(`#card-${ids[0]}`);
  await expect(page).toHaveURL(new RegExp(`#card-${ids[0]}$`));
  await expect(card).toBeFocused();
  await expect(card).toHaveAccessibleName(/Plutôt faux.*24 mai 2024/);
  await expect(card.getByText("Un passage de la source.")).toBeVisible();
  await expect(card.getByRole("link", { name: /copie archivée/ })).toHaveAttribute("href", "https://web.archive.org/web/2024/https://example.org/source-0");

  const back = card.getByRole("link", { name: /^↑?\s*Retour au texte/ });
  for (let i = 0; i < 8; i++) {
    if (await back.evaluate((link) => link === document.activeElement)) break;
    await page.keyboard.press("Tab");
  }
  await expect(back).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator(`#claim-${ids[0]}`)).toBeFocused();
  // The next stop is the claim's own verdict link: the reader carries on in the text.
  await page.keyboard.press("Tab");
  await expect(verdictLink).toBeFocused();
});

test("no script but ClaimReview data; without JavaScript the cards open inline and the version selector works", async ({ browser, request }) => {
  for (const path of [publicPath, `${publicPath}/v/1`, newsroomPath]) {
    const html = await (await request.get(path)).text();
    for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) expect(tag, path).toBe('<script type="application/ld+json">');
  }

  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(publicPath);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Meta et vos données");
  await expect(page.locator(".summary")).toContainText("6 affirmations vérifiées");

  // Narrow screen: a card shows its head until its claim's verdict link opens it, in place.
  const card = page.locator(`#card-${ids[3]}`);
  await expect(card).toBeVisible();
  await expect(card.locator(".sources")).toBeHidden();
  await page.locator(`a.verdict-tag[href="#card-${ids[3]}"]`).click();
  await expect(card.locator(".sources")).toBeVisible();
  await expect(card).toContainText("Un passage de la source.");

  // The version selector: a disclosure, then plain links.
  await page.getByText("Version 2 sur 2 · actuelle").click();
  await page.getByRole("link", { name: /^Version 1 —/ }).click();
  await expect(page).toHaveURL(new RegExp(`${publicPath}/v/1$`));
  await expect(page.locator(".old-version")).toContainText("Vous lisez la version 1 de cette vérification");
  await expect(page.locator(`#card-${ids[5]}`)).toContainText("Trompeur");
  await page.getByRole("link", { name: "Lire la version actuelle (version 2)" }).click();
  await expect(page).toHaveURL(new RegExp(`${publicPath}/v/2$`));
  await expect(page.locator(`#card-${ids[5]}`)).toContainText("Faux");
  await expect(page.locator(".log")).toContainText("verdict modifié : « 26 juin 2024 » Trompeur → Faux");
  await context.close();
});
