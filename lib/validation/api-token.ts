import { z } from "zod";
import { slug } from "./common";

export const MAX_TOKENS_PER_MEMBER = 20;

export const apiTokenNameSchema = z.string("is required").trim().min(1, "is required").max(100, "must be at most 100 characters");

/** POST /api/v1/tokens. */
export const createApiTokenSchema = z.strictObject({ name: apiTokenNameSchema, newsroom: slug });

/** The settings form: the newsroom is the page's own. */
export const createApiTokenFormSchema = createApiTokenSchema.omit({ newsroom: true });

export const revokeApiTokenSchema = z.object({ tokenId: z.uuid("is not a token id") });
