import { db } from "../db/prisma";
import { authorize } from "../policies";
import type { Actor } from "./actor";
import { NotFoundError } from "./errors";

/** A capture of one of the actor's newsroom's sources, with its text; another newsroom's is "not found". */
export async function getCapture({ actor, captureId }: { actor: Actor; captureId: string }) {
  authorize(actor, "article.read");
  const capture = await db().sourceCapture.findFirst({ where: { id: captureId, newsroomId: actor.newsroomId } });
  if (!capture) throw new NotFoundError("capture");
  return capture;
}
