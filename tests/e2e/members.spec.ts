import { expect, test, type Browser } from "@playwright/test";
import { makeNewsroom, makeUser } from "../helpers/factory";
import { signIn } from "./helpers";

async function signedInPage(browser: Browser, user: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, user.email, user.password);
  return { page, close: () => context.close() };
}

test("an owner invites by email: the same answer for any address; only that account joins, by accepting", async ({ browser }) => {
  const team = await makeNewsroom();
  const invitee = await makeUser("invitee");
  const stranger = await makeUser("stranger");
  const owner = await signedInPage(browser, team.users.owner);
  await owner.page.goto(`/desk/${team.newsroom.slug}/members`);

  async function invite(email: string): Promise<string> {
    await owner.page.getByLabel("Email address").fill(email);
    await owner.page.locator("#member-role").selectOption("editor");
    await owner.page.getByRole("button", { name: "Invite", exact: true }).click();
    await expect(owner.page.getByText(`Invitation created: send this link to ${email}. Only that address can accept it, once, until`)).toBeVisible();
    const link = (await owner.page.getByTestId("email-invitation-link").textContent()) ?? "";
    expect(link).toMatch(/\/invite\/inv_[\w-]+$/);
    return link;
  }

  await invite(`nobody-${Date.now()}@nowhere.test`);
  const link = await invite(invitee.email);
  await owner.page.reload();
  await expect(owner.page.getByTestId("member-list")).not.toContainText(invitee.email);

  const other = await signedInPage(browser, stranger);
  await other.page.goto(link);
  await other.page.getByRole("button", { name: "Join" }).click();
  await expect(other.page.locator(".form-error")).toContainText("This invitation was sent to another email address");
  await other.close();

  const person = await signedInPage(browser, invitee);
  await person.page.goto(link);
  await person.page.getByRole("button", { name: "Join" }).click();
  await expect(person.page).toHaveURL(new RegExp(`/desk/${team.newsroom.slug}$`));

  await owner.page.reload();
  await expect(owner.page.getByTestId("member-list")).toContainText(invitee.email);
  await owner.close();
  await person.close();
});

test("a viewer is not offered to create a newsroom", async ({ browser }) => {
  const team = await makeNewsroom();
  const viewer = await signedInPage(browser, team.users.viewer);
  await viewer.page.goto("/desk?all=1");
  await expect(viewer.page.getByText("Newsrooms are created by the owners and editors of a newsroom")).toBeVisible();
  await expect(viewer.page.getByRole("button", { name: "Create a newsroom" })).toHaveCount(0);
  await viewer.close();
});
