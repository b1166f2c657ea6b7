import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_RATING_SCALE } from "@/lib/ratings";
import { addSourceSchema, normalizedSchemaFor, proposeVerdictSchema } from "@/lib/validation/claim";
import { DEMO_CLAIMS } from "@/prisma/seed/demo-fact-check-claims";

const FIXTURE = readFileSync(path.resolve(import.meta.dirname, "../../prisma/seed/meta-ia-donnees-personnelles.fr.txt"), "utf8");
const CLAIM_ID = "00000000-0000-4000-8000-000000000001";

describe("the demo fact-check's claims (prisma/seed/demo-fact-check-claims.ts)", () => {
  it("are ten, each found in the fixture article, with one claim per verdict of the default scale at least", () => {
    expect(DEMO_CLAIMS).toHaveLength(10);
    for (const claim of DEMO_CLAIMS) expect(FIXTURE, claim.quote).toContain(claim.quote);
    expect(new Set(DEMO_CLAIMS.map((claim) => claim.verdictKey))).toEqual(new Set(DEFAULT_RATING_SCALE.map((rating) => rating.key)));
    expect(new Set(DEMO_CLAIMS.map((claim) => claim.type))).toEqual(new Set(["date", "quote", "legal_basis", "number", "other"]));
  });

  it("pass the validation people's input passes, with https sources", () => {
    for (const claim of DEMO_CLAIMS) {
      expect(() => normalizedSchemaFor(claim.type).parse(claim.normalized), claim.quote).not.toThrow();
      expect(() => proposeVerdictSchema.parse({ claimId: CLAIM_ID, revision: 1, verdictKey: claim.verdictKey, rationale: claim.rationale })).not.toThrow();
      expect(claim.sources.length, claim.quote).toBeGreaterThan(0);
      for (const source of claim.sources) {
        expect(() => addSourceSchema.parse({ ...source, claimId: CLAIM_ID }), source.url).not.toThrow();
        for (const url of [source.url, source.archiveUrl].filter(Boolean)) expect(url).toMatch(/^https:\/\//);
      }
    }
  });
});
