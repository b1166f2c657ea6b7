import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { en } from "@/lib/i18n/en";
import { fr } from "@/lib/i18n/fr";
import { localeFromAcceptLanguage, translator } from "@/lib/i18n/translate";
import { slugify } from "@/lib/server/slugify";

describe("environment validation", () => {
  it("uses defaults when nothing is set", () => {
    expect(parseEnv({})).toMatchObject({ PORT: 3000, FACTDESK_DATA_DIR: ".data", FACTDESK_DEMO_PASSWORD: "factdesk-demo", FACTDESK_SEED_DEMO: false });
  });

  it("lists every problem with its variable", () => {
    let message = "";
    try {
      parseEnv({ PORT: "http", DATABASE_URL: "mysql://x", NEXTAUTH_SECRET: "short", EMAIL_SERVER: "smtp://mail" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split("\n").slice(1).map((line) => line.trim()).sort()).toEqual([
      "DATABASE_URL: must be a postgres:// or postgresql:// URL",
      "NEXTAUTH_SECRET: must be at least 32 characters",
      "PORT: must be a port number",
    ]);
  });

  it("checks variables that go together", () => {
    expect(() => parseEnv({ GITHUB_ID: "x" })).toThrow("GITHUB_SECRET: GITHUB_ID and GITHUB_SECRET must be set together");
    expect(() => parseEnv({ EMAIL_SERVER: "smtp://mail" })).toThrow("EMAIL_FROM: is required when EMAIL_SERVER is set");
  });
});

describe("UI language", () => {
  it("French and English have the same keys, none empty", () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    for (const value of [...Object.values(fr), ...Object.values(en)]) expect(value.trim()).not.toBe("");
  });

  it.each([
    ["fr-FR,fr;q=0.9,en;q=0.8", "fr"],
    ["en-GB,en;q=0.9", "en"],
    ["de-DE,de;q=0.9,fr;q=0.5,en;q=0.7", "en"],
    ["", "en"],
    [null, "en"],
  ])("Accept-Language %j → %s", (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });

  it("fills placeholders", () => {
    expect(translator("fr")("articles.noResults", { query: "x" })).toBe("Aucun article ne correspond à « x ».");
  });
});

describe("slugs", () => {
  it.each([
    ["Meta va utiliser vos données", "meta-va-utiliser-vos-donnees"],
    ["  «Citation» — 2024 ! ", "citation-2024"],
    ["😀 مرحبا", "article"],
  ])("%j → %s", (title, slug) => expect(slugify(title)).toBe(slug));
});
