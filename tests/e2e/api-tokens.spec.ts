import { expect, test } from "@playwright/test";
import { LOCALE_COOKIE } from "../../lib/i18n/translate";
import { authenticateApiToken } from "../../lib/server/authenticate-api-token";
import { createApiToken } from "../../lib/server/create-api-token";
import { makeNewsroom } from "../helpers/factory";
import { signIn } from "./helpers";

test("a fact-checker creates a token, sees it once, and revokes it after confirming", async ({ page, context, baseURL }) => {
  const team = await makeNewsroom();
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page, team.users.fact_checker.email, team.users.fact_checker.password);
  await page.goto(`/desk/${team.newsroom.slug}`);
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API tokens");
  await expect(page.getByText("No tokens yet.")).toBeVisible();

  const name = page.getByLabel("Name");
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("is required")).toBeVisible();

  await name.fill("CMS e2e");
  await name.press("Enter");
  const shown = page.getByTestId("new-token");
  await expect(shown.getByRole("heading", { name: "Your new token “CMS e2e”" })).toBeFocused();
  await expect(page.getByTestId("toast").last()).toHaveText("Token created.");
  await expect(shown).toContainText("it will not be shown again");
  const token = (await page.getByTestId("new-token-value").textContent())!;
  expect(token).toMatch(/^fdk_[A-Za-z0-9_-]{32}$/);
  await expect(page.getByTestId("new-token-command")).toHaveText(`curl -H "Authorization: Bearer ${token}" ${baseURL}/api/v1/articles`);
  await shown.getByRole("button", { name: "Copy token" }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);

  const row = page.getByTestId("token-list").locator("tr", { hasText: "CMS e2e" });
  await expect(row).toContainText("never");
  await expect(row).toContainText("Active");
  expect(await authenticateApiToken(token)).toMatchObject({ userId: team.users.fact_checker.id, role: "fact_checker" });

  // Shown once: a reload does not bring it back.
  await page.reload();
  await expect(row).toBeVisible();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  expect(await page.content()).not.toContain(token);

  // Escape cancels the confirmation and gives focus back; confirming revokes.
  const revoke = row.getByRole("button", { name: "Revoke CMS e2e" });
  await revoke.click();
  const dialog = page.getByRole("dialog", { name: "Revoke “CMS e2e”?" });
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(revoke).toBeFocused();
  expect(await authenticateApiToken(token)).not.toBeNull();

  await revoke.press("Enter");
  await dialog.getByRole("button", { name: "Revoke token" }).click();
  await expect(page.getByTestId("toast").last()).toHaveText("Token revoked.");
  await expect(row).toContainText("Revoked");
  await expect(row.getByRole("button")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Your tokens" })).toBeFocused();
  expect(await authenticateApiToken(token)).toBeNull();

  await context.addCookies([{ name: LOCALE_COOKIE, value: "fr", url: baseURL }]);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Jetons d’API");
  await expect(row).toContainText("Révoqué");
});

test("an owner sees every member's tokens, with whose each one is", async ({ page }) => {
  const team = await makeNewsroom();
  await createApiToken({ actor: team.actors.viewer, name: "viewer's script" });
  await signIn(page, team.users.owner.email, team.users.owner.password);
  await page.goto(`/desk/${team.newsroom.slug}/tokens`);
  await expect(page.getByRole("heading", { name: "Tokens in this newsroom" })).toBeVisible();
  await expect(page.getByTestId("token-list").locator("tr", { hasText: "viewer's script" })).toContainText(team.users.viewer.name);
});
