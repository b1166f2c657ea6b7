import { db } from "../db/prisma";
import type { Actor } from "./actor";

/** The newsroom's rating scale, in its order. */
export async function listRatings({ actor }: { actor: Actor }) {
  return db().ratingOption.findMany({
    where: { newsroomId: actor.newsroomId },
    orderBy: { position: "asc" },
    select: { key: true, labelFr: true, labelEn: true, color: true, ratingValue: true },
  });
}
