"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { safeAction } from "@/lib/actions/safe-action";
import { memberActor } from "@/lib/auth/member-actor";
import { previewPublication } from "@/lib/server/preview-publication";
import { publishArticle } from "@/lib/server/publish-article";
import { unpublishArticle } from "@/lib/server/unpublish-article";

const publishSchema = z.object({ articleId: z.uuid(), note: z.string().trim().max(2000, "must be at most 2,000 characters").optional() });
const unpublishSchema = z.object({ articleId: z.uuid() });

export async function publishArticleAction(newsroom: string, input: unknown) {
  return safeAction([newsroom, input], async () => {
    const published = await publishArticle({ actor: await memberActor(newsroom), ...publishSchema.parse(input) });
    revalidatePath(`/desk/${newsroom}`);
    return published;
  });
}

/** What publishing now would publish and leave out: the editor confirms after reading it. */
export async function previewPublicationAction(newsroom: string, input: unknown) {
  return safeAction([newsroom, input], async () => previewPublication({ actor: await memberActor(newsroom), ...unpublishSchema.parse(input) }));
}

export async function unpublishArticleAction(newsroom: string, input: unknown) {
  return safeAction([newsroom, input], async () => {
    await unpublishArticle({ actor: await memberActor(newsroom), ...unpublishSchema.parse(input) });
    revalidatePath(`/desk/${newsroom}`);
  });
}
