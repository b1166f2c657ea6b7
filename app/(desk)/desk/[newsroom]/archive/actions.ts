"use server";

import { revalidatePath } from "next/cache";
import { safeAction } from "@/lib/actions/safe-action";
import { memberActor } from "@/lib/auth/member-actor";
import { ValidationError } from "@/lib/server/errors";
import { importFactChecks, type ImportFactChecksOptions } from "@/lib/server/import-fact-checks";
import { importFileSchema } from "@/lib/validation/fact-check";

/** An HTML page (its JSON-LD blocks are read) or a JSON file. */
function fileOf(text: string): ImportFactChecksOptions["file"] {
  if (text.trimStart().startsWith("<")) return { html: text };
  try {
    return { json: JSON.parse(text) };
  } catch (error) {
    throw new ValidationError({ text: `is neither JSON nor an HTML page (${(error as Error).message})` }, "The file is neither JSON nor an HTML page. Nothing was imported.");
  }
}

export async function importFactChecksAction(newsroomSlug: string, input: unknown) {
  return safeAction([newsroomSlug, input], async () => {
    const actor = await memberActor(newsroomSlug);
    const { name, text } = importFileSchema.parse(input);
    const result = await importFactChecks({ actor, file: fileOf(text), source: name });
    revalidatePath(`/desk/${newsroomSlug}/archive`);
    return result;
  });
}
