import { describe, expect, it } from "vitest";
import { createClaim } from "@/lib/server/create-claim";
import { readClaimContext } from "@/lib/server/read-claim-context";
import { checkSuggestions } from "@/lib/server/check-suggestions";
import { checkSuggestionsSchema } from "@/lib/validation/claim";
import type { Actor } from "@/lib/server/actor";
import { proposeVerdict } from "@/lib/server/propose-verdict";
import { approveVerdict } from "@/lib/server/approve-verdict";
import { updateClaim } from "@/lib/server/update-claim";
import { makeArticle, makeNewsroom, type TestNewsroom } from "../helpers/factory";

const findClaimsLike = async ({ actor, claimId }: { actor: Actor; claimId: string }) => (await readClaimContext({ actor, claimId })).alreadyChecked;

async function claimOn(team: TestNewsroom, text: string, quotedText: string, type: "date" | "number" = "date") {
  const article = await makeArticle(team.actors.editor, `Article ${Math.random().toString(36).slice(2, 8)}`, text);
  const id = crypto.randomUUID();
  await createClaim({ actor: team.actors.fact_checker, input: { id, articleId: article.id, type, quotedText } });
  return id;
}

describe("claim memory in the desk", () => {
  it("shows the newsroom's earlier verdict on the same claim, and nothing for an unrelated one or another newsroom's", async () => {
    const team = await makeNewsroom();
    const earlier = await claimOn(team, "Meta utilisera les données de ses utilisateurs européens pour entraîner son IA à partir du 26 juin 2024.", "26 juin 2024");
    await proposeVerdict({ actor: team.actors.fact_checker, input: { claimId: earlier, revision: 1, verdictKey: "misleading", rationale: "Suspendu le 14 juin." } });
    await approveVerdict({ actor: team.actors.editor, input: { claimId: earlier, revision: 2 } });

    const again = await claimOn(team, "Meta entraînera son IA avec les publications des Européens dès le 26 juin 2024, selon l'entreprise.", "26 juin 2024");
    const [match] = await findClaimsLike({ actor: team.actors.viewer, claimId: again });
    expect(match).toMatchObject({ id: earlier, origin: "newsroom", verdict: "Trompeur", checkedBy: team.newsroom.name });
    expect(match.statement).toContain("26 juin 2024");

    const unrelated = await claimOn(team, "Le chômage a baissé de 5 % en 2023 en Bretagne.", "5 %", "number");
    expect(await findClaimsLike({ actor: team.actors.viewer, claimId: unrelated })).toEqual([]);
    // The claim itself is never its own earlier check.
    expect((await findClaimsLike({ actor: team.actors.viewer, claimId: earlier })).map((m) => m.id)).not.toContain(earlier);

    const other = await makeNewsroom();
    const elsewhere = await claimOn(other, "Meta entraînera son IA avec les publications des Européens dès le 26 juin 2024.", "26 juin 2024");
    expect(await findClaimsLike({ actor: other.actors.viewer, claimId: elsewhere })).toEqual([]);
    await expect(findClaimsLike({ actor: other.actors.viewer, claimId: again })).rejects.toThrow(/No such claim/);
  });

  it("suggests the claimant the text names while nobody attributed the claim, and nothing once someone has", async () => {
    const team = await makeNewsroom();
    const id = await claimOn(team, "« Nous utiliserons vos publications pour entraîner notre IA », a annoncé Meta.", "« Nous utiliserons vos publications pour entraîner notre IA »");
    expect((await readClaimContext({ actor: team.actors.viewer, claimId: id })).suggestedClaimant).toMatchObject({ name: "Meta", kind: "organization" });
    await updateClaim({ actor: team.actors.fact_checker, input: { claimId: id, revision: 1, claimant: { name: "Meta", kind: "organization", role: undefined, url: undefined } } });
    expect((await readClaimContext({ actor: team.actors.viewer, claimId: id })).suggestedClaimant).toBeNull();
  });

  it("looks up the detector's suggestions: the earlier verdict beside those checked before, nothing beside the others", async () => {
    const team = await makeNewsroom();
    const earlier = await claimOn(team, "Meta utilisera les données de ses utilisateurs européens pour entraîner son IA à partir du 26 juin 2024.", "26 juin 2024");
    await proposeVerdict({ actor: team.actors.fact_checker, input: { claimId: earlier, revision: 1, verdictKey: "misleading", rationale: "Suspendu le 14 juin." } });
    await approveVerdict({ actor: team.actors.editor, input: { claimId: earlier, revision: 2 } });
    const article = await makeArticle(team.actors.editor, "Nouvel article", "Meta entraînera son IA dès le 26 juin 2024. Le chômage a baissé de 5 % en 2023.");
    const input = checkSuggestionsSchema.parse({
      articleId: article.id,
      suggestions: [
        { key: "date|26 juin 2024|30", type: "date", text: "26 juin 2024", sentence: "Meta entraînera son IA dès le 26 juin 2024." },
        { key: "number|5 %|70", type: "number", text: "5 %", sentence: "Le chômage a baissé de 5 % en 2023." },
      ],
    });
    const found = await checkSuggestions({ actor: team.actors.viewer, input });
    expect(Object.keys(found)).toEqual(["date|26 juin 2024|30"]);
    expect(found["date|26 juin 2024|30"]).toMatchObject({ id: earlier, verdict: "Trompeur" });

    const other = await makeNewsroom();
    await expect(checkSuggestions({ actor: other.actors.viewer, input })).rejects.toThrow(/No such article/);
    expect(() => checkSuggestionsSchema.parse({ articleId: article.id, suggestions: Array.from({ length: 41 }, () => input.suggestions[0]) })).toThrow(/at most 40/);
  });
});
