import { expect, test } from "@playwright/test";
import { makeUser } from "../helpers/factory";
import { apiSession, signIn } from "./helpers";

test("next-auth's endpoints sign in with email and password and give a session", async ({ baseURL }) => {
  const user = await makeUser("api");
  const context = await apiSession(baseURL!, user.email, user.password);
  const cookies = await context.storageState();
  const session = cookies.cookies.find((c) => c.name.includes("next-auth.session-token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
  await context.dispose();
});

test("a wrong password and an unknown email get the same message; 5 failures ask to wait", async ({ page }) => {
  const user = await makeUser("throttle");
  await page.goto("/signin");
  const attempt = async (email: string, password: string) => {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    return page.getByTestId("signin-error");
  };
  await expect(await attempt(`nobody-${Date.now()}@x.test`, "whatever")).toHaveText("Wrong email or password.");
  for (let i = 0; i < 4; i++) await expect(await attempt(user.email, `wrong-${i}`)).toHaveText("Wrong email or password.");
  await expect(await attempt(user.email, "wrong-again")).toHaveText(/Too many failed attempts\. Wait \d+ min/);
  await expect(await attempt(user.email, user.password)).toHaveText(/Too many failed attempts/);
  await expect(page).toHaveURL(/\/signin/);
});

test("signing out ends the session; desk pages then ask to sign in", async ({ page }) => {
  const user = await makeUser("signout");
  await signIn(page, user.email, user.password);
  await expect(page.getByText("You are not a member of any newsroom yet")).toBeVisible();
  await page.getByRole("link", { name: "Sign out" }).click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/desk");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fdesk/);
});

test("a new user creates a newsroom and becomes its owner", async ({ page }) => {
  const user = await makeUser("founder");
  await signIn(page, user.email, user.password);
  const slug = `e2e-${Date.now()}`;
  await page.getByLabel("Name").fill("La Vérif");
  await page.getByLabel("Address").fill("x y");
  await page.getByRole("button", { name: "Create a newsroom" }).click();
  await expect(page.getByText("may hold only a–z, 0–9 and single hyphens")).toBeVisible();
  await page.getByLabel("Address").fill(slug);
  await page.getByRole("button", { name: "Create a newsroom" }).click();
  await expect(page).toHaveURL(new RegExp(`/desk/${slug}$`));
  await expect(page.getByText("No articles yet")).toBeVisible();
  await page.getByRole("link", { name: "Members" }).click();
  await expect(page.getByTestId("member-list")).toContainText(user.email);
  await expect(page.getByTestId("member-list").getByRole("combobox")).toHaveValue("owner");
});
