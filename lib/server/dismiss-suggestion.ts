import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { Actor } from "./actor";
import { NotFoundError } from "./errors";

export type DismissSuggestionOptions = { actor: Actor; articleId: string; type: "date" | "quote" | "legal_basis" | "number"; text: string };

/** Remembers that a suggestion was dismissed for this article (idempotent). */
export async function dismissSuggestion({ actor, articleId, type, text }: DismissSuggestionOptions): Promise<void> {
  authorize(actor, "claim.edit");
  const article = await db().article.findFirst({ where: { id: articleId, newsroomId: actor.newsroomId }, select: { id: true } });
  if (!article) throw new NotFoundError("article");
  await db().dismissedSuggestion.upsert({
    where: { articleId_type_text: { articleId, type, text } },
    create: { newsroomId: actor.newsroomId, articleId, type, text, createdById: actor.userId },
    update: {},
  });
}
