import type { Source } from "../db/generated/client";
import type { Tx } from "../db/prisma";
import type { SourceInput } from "../validation/claim";
import type { Actor } from "./actor";
import { NotFoundError } from "./errors";

/** A source of the actor's newsroom, or "not found". */
export async function findSource(tx: Tx, actor: Pick<Actor, "newsroomId">, sourceId: string): Promise<Source & { claim: { articleId: string } }> {
  const source = await tx.source.findFirst({ where: { id: sourceId, newsroomId: actor.newsroomId }, include: { claim: { select: { articleId: true } } } });
  if (!source) throw new NotFoundError("source");
  return source;
}

/** The columns of a source from its validated input. */
export function sourceData(input: SourceInput) {
  return {
    url: input.url,
    title: input.title ?? null,
    publisher: input.publisher ?? null,
    publishedAt: input.publishedAt ? new Date(`${input.publishedAt}T00:00:00Z`) : null,
    archiveUrl: input.archiveUrl ?? null,
    excerpt: input.excerpt ?? null,
    kind: input.kind,
    stance: input.stance,
  };
}
