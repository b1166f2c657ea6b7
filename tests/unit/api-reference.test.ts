import { z } from "zod";
import { describe, expect, it } from "vitest";
import { curlExample, referenceFields } from "@/lib/api/reference";
import { claimCreateBody } from "@/lib/api/schemas";

describe("API reference helpers", () => {
  it("flattens a body schema into named fields with types, requiredness and limits", () => {
    const fields = referenceFields(z.toJSONSchema(claimCreateBody, { io: "input" }) as never);
    expect(fields.map((f) => f.name)).toEqual(["type", "quote", "quote.exact", "quote.prefix", "quote.suffix", "normalized", "statement", "claimant"]);
    expect(fields.find((f) => f.name === "quote.exact")).toMatchObject({ type: "string", required: true, notes: expect.stringContaining("max 2000 chars") });
    expect(fields.find((f) => f.name === "type")?.type).toBe('"date" | "quote" | "legal_basis" | "number" | "other"');
  });

  it("writes a curl command whose JSON survives the shell's single quotes", () => {
    const command = curlExample("http://x/api/v1", "post", "/claims/{id}/comments", { body: "l'article" });
    expect(command).toContain(`-d '{"body":"l'\\''article"}'`);
    expect(curlExample("http://x/api/v1", "get", "/articles", undefined, { status: "draft" })).toBe('curl -X GET "http://x/api/v1/articles?status=draft" \\\n  -H "Authorization: Bearer $FACTDESK_TOKEN"');
  });
});
