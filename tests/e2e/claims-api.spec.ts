import { expect, request, test } from "@playwright/test";
import { makeUser } from "../helpers/factory";
import { apiSession } from "./helpers";

test("POST /api/v1/claims/detect returns the detector's claims; bad input gets a clear error", async ({ baseURL }) => {
  const anonymous = await request.newContext({ baseURL });
  const refused = await anonymous.post("/api/v1/claims/detect", { data: { text: "Le 24 mai 2024." } });
  expect(refused.status()).toBe(401);
  expect(await refused.json()).toMatchObject({ error: { code: "unauthorized" } });
  await anonymous.dispose();

  const user = await makeUser("detect");
  const api = await apiSession(baseURL!, user.email, user.password);
  const text = "Le 24 mai 2024, Meta a invoqué les intérêts légitimes pour plus de 2 milliards d'utilisateurs.";
  const ok = await api.post("/api/v1/claims/detect", { data: { text, lang: "fr", published: "2024-05-24" } });
  expect(ok.status()).toBe(200);
  const claims = (await ok.json()) as { type: string; start: number; end: number; text: string; normalized: Record<string, unknown> }[];
  expect(claims.map((c) => c.type)).toEqual(["date", "legal_basis", "number"]);
  for (const claim of claims) expect(text.slice(claim.start, claim.end)).toBe(claim.text);
  expect(claims[0].normalized).toEqual({ date: "2024-05-24" });

  const badLang = await api.post("/api/v1/claims/detect", { data: { text, lang: "de" } });
  expect(badLang.status()).toBe(422);
  expect((await badLang.json()).error.fields).toEqual({ lang: "must be fr or en" });
  const badDate = await api.post("/api/v1/claims/detect", { data: { text, published: "24/05/2024" } });
  expect((await badDate.json()).error.fields).toEqual({ published: "must be a date like 2024-05-24" });
  const notJson = await api.post("/api/v1/claims/detect", { headers: { "content-type": "application/json" }, data: Buffer.from("{not json") });
  expect(notJson.status()).toBe(400);
  const tooLarge = await api.post("/api/v1/claims/detect", { data: { text: "x".repeat(1_100_000) } });
  expect(tooLarge.status()).toBe(413);
  expect((await tooLarge.json()).error.message).toMatch(/limit (is|of) \d+ bytes/);
  await api.dispose();
});
