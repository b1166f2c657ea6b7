import { expect, request as playwrightRequest, type APIRequestContext, type Page } from "@playwright/test";

export const DEMO_PASSWORD = process.env.FACTDESK_DEMO_PASSWORD ?? "factdesk-demo";

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel(/^(Email|E-mail)$/).fill(email);
  await page.getByLabel(/^(Password|Mot de passe)$/).fill(password);
  await page.getByRole("button", { name: /^(Sign in|Se connecter)$/ }).click();
  await expect(page).toHaveURL(/\/desk/);
}

/** A request context signed in through next-auth's own endpoints (csrf → callback → session cookie). */
export async function apiSession(baseURL: string, email: string, password: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  const { csrfToken } = await (await context.get("/api/auth/csrf")).json();
  const response = await context.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  expect([200, 302]).toContain(response.status());
  const session = await (await context.get("/api/auth/session")).json();
  expect(session.user?.email).toBe(email.toLowerCase());
  return context;
}

/** Fails the test if any JavaScript dialog opens (the XSS tripwire). */
export function failOnDialog(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return () => expect(dialogs, "no dialog may open").toEqual([]);
}

/** Pastes HTML into the focused ProseMirror editor the way a browser paste does. */
export async function pasteHtml(page: Page, selector: string, html: string, text = "") {
  await page.locator(selector).click();
  await page.locator(selector).evaluate(
    (element, data) => {
      const transfer = new DataTransfer();
      transfer.setData("text/html", data.html);
      transfer.setData("text/plain", data.text);
      element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
    },
    { html, text },
  );
}

export const editorOf = (page: Page) => page.getByTestId("live-editor");

/** Puts the caret in the live editor's first paragraph, at its start ("Home") or end ("End"), by click and key. */
export async function caretInFirstParagraph(page: Page, key: "Home" | "End") {
  await editorOf(page).locator("p").first().click();
  await page.keyboard.press(key);
}

/** Selects the first occurrence of `text` in the live editor with the mouse, as a person would. */
export async function selectInEditor(page: Page, text: string) {
  await page.bringToFront();
  const box = await editorOf(page).evaluate((element, needle) => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const rects = range.getClientRects();
      const first = rects[0];
      const last = rects[rects.length - 1];
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
    }
    throw new Error(`text not found: ${needle}`);
  }, text);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 5 });
  await page.mouse.up();
}

/** The live editor's text without the others' caret labels drawn inside it. */
export function documentText(page: Page): Promise<string> {
  return editorOf(page).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const caret of copy.querySelectorAll(".collaboration-carets__caret")) caret.remove();
    return copy.textContent ?? "";
  });
}
