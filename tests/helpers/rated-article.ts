import { randomUUID } from "node:crypto";
import { documentFromJson } from "@/lib/editor/document";
import { approveVerdict } from "@/lib/server/approve-verdict";
import { createClaim } from "@/lib/server/create-claim";
import { proposeVerdict } from "@/lib/server/propose-verdict";
import { replaceDraftBody } from "@/lib/server/replace-draft-body";
import { makeArticle, type TestNewsroom } from "./factory";

/** An article whose text holds one approved claim on "24 mai 2024" (and an unrated one on "Meta"). */
export async function ratedArticle(team: TestNewsroom) {
  const article = await makeArticle(team.actors.editor, `Publié ${randomUUID().slice(0, 6)}`, "x");
  const [rated, unrated] = [randomUUID(), randomUUID()];
  const doc = documentFromJson(
    {
      type: "doc",
      content: [{ type: "paragraph", content: [
        { type: "text", text: "Le " },
        { type: "text", text: "24 mai 2024", marks: [{ type: "claim", attrs: { id: rated, type: "date" } }] },
        { type: "text", text: ", " },
        { type: "text", text: "Meta", marks: [{ type: "claim", attrs: { id: unrated, type: "other" } }] },
        { type: "text", text: " a annoncé <script>alert(1)</script>." },
      ] }],
    },
    { keepClaims: true },
  );
  await replaceDraftBody({ articleId: article.id, body: doc });
  await createClaim({ actor: team.actors.fact_checker, input: { id: rated, articleId: article.id, type: "date", quotedText: "24 mai 2024", normalized: { date: "2024-05-24" } } });
  await createClaim({ actor: team.actors.fact_checker, input: { id: unrated, articleId: article.id, type: "other", quotedText: "Meta" } });
  await proposeVerdict({ actor: team.actors.fact_checker, input: { claimId: rated, revision: 1, verdictKey: "true", rationale: "La notification est datée." } });
  await approveVerdict({ actor: team.actors.editor, input: { claimId: rated, revision: 2 } });
  return { article, rated, unrated };
}
