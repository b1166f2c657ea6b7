import { z } from "zod";
import { email } from "./common";

export const MAX_PASSWORD_CHARS = 256;

export const credentialsSchema = z.object({
  email,
  password: z.string().min(1, "is required").max(MAX_PASSWORD_CHARS),
});

export const newPasswordSchema = z
  .string()
  .min(10, "must be at least 10 characters")
  .max(MAX_PASSWORD_CHARS, `must be at most ${MAX_PASSWORD_CHARS} characters`);

export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const localeSchema = z.enum(LOCALES);
