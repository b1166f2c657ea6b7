import { randomUUID } from "node:crypto";
import type { JSONContent } from "@tiptap/core";
import { db } from "../../lib/db/prisma";
import { addClaimMarks } from "../../lib/editor/add-claim-marks";
import { documentFromJson } from "../../lib/editor/document";
import type { Actor } from "../../lib/server/actor";
import { addSource } from "../../lib/server/add-source";
import { approveVerdict } from "../../lib/server/approve-verdict";
import { createClaim } from "../../lib/server/create-claim";
import { proposeVerdict } from "../../lib/server/propose-verdict";
import { publishArticle } from "../../lib/server/publish-article";
import { hasLiveEdits, replaceDraftBody } from "../../lib/server/replace-draft-body";
import { addSourceSchema, approveVerdictSchema, createClaimSchema, proposeVerdictSchema } from "../../lib/validation/claim";
import { DEMO_CLAIMS } from "./demo-fact-check-claims";
import { DEMO_ARTICLE_TITLE, DEMO_NEWSROOM } from "./demo-newsroom";

const CHECKER = "checker@demo.factdesk.test";
const EDITOR = "editor@demo.factdesk.test";

async function memberActor(newsroomId: string, email: string): Promise<Actor> {
  const membership = await db().membership.findFirstOrThrow({ where: { newsroomId, user: { email } }, select: { userId: true, role: true } });
  return { userId: membership.userId, newsroomId, role: membership.role };
}

/** One claim as a fact-checker and an editor would work it: marked, sourced, proposed, approved. */
async function checkClaim(claim: (typeof DEMO_CLAIMS)[number] & { id: string }, articleId: string, checker: Actor, editor: Actor) {
  await createClaim({ actor: checker, input: createClaimSchema.parse({ id: claim.id, articleId, type: claim.type, quotedText: claim.quote, normalized: claim.normalized, statement: claim.statement, claimant: claim.claimant }) });
  for (const source of claim.sources) await addSource({ actor: checker, input: addSourceSchema.parse({ ...source, claimId: claim.id }) });
  await proposeVerdict({ actor: checker, input: proposeVerdictSchema.parse({ claimId: claim.id, revision: 1, verdictKey: claim.verdictKey, rationale: claim.rationale }) });
  await approveVerdict({ actor: editor, input: approveVerdictSchema.parse({ claimId: claim.id, revision: 2 }) });
}

/**
 * The demo fact-check: the fixture article of the demo newsroom with ten
 * claims marked in its text, sourced and proposed by the fact-checker,
 * approved by an editor (four eyes), and published as version 1. Returns its
 * public path ("/demo/meta-va-…"); when it is already published, only that.
 * Refuses an article that people have already worked on (claims, or a live
 * document whose text would not hold the claim marks).
 */
export async function seedDemoFactCheck(): Promise<string> {
  const article = await db().article.findFirst({
    where: { title: DEMO_ARTICLE_TITLE, newsroom: { slug: DEMO_NEWSROOM } },
    orderBy: { createdAt: "asc" },
    select: { id: true, slug: true, newsroomId: true, contentJson: true, _count: { select: { claims: true, versions: true } } },
  });
  if (!article) throw new Error(`The demo article "${DEMO_ARTICLE_TITLE}" is missing: seed the demo newsroom first.`);
  const path = `/${DEMO_NEWSROOM}/${article.slug}`;
  if (article._count.versions > 0) return path;
  if (article._count.claims > 0 || (await hasLiveEdits(article.id))) {
    throw new Error("The demo article has already been worked on: its fact-check is not seeded over that work.");
  }
  const [checker, editor] = [await memberActor(article.newsroomId, CHECKER), await memberActor(article.newsroomId, EDITOR)];
  const claims = DEMO_CLAIMS.map((claim) => ({ ...claim, id: randomUUID() }));
  // What the live editor does when a person marks the words: the claim marks go into the text first.
  const marked = addClaimMarks(article.contentJson as JSONContent, claims.map(({ id, type, quote }) => ({ id, type, quote })));
  const doc = documentFromJson(marked, { keepClaims: true });
  await replaceDraftBody({ articleId: article.id, body: doc });
  for (const claim of claims) await checkClaim(claim, article.id, checker, editor);
  await publishArticle({ actor: editor, articleId: article.id });
  return path;
}
