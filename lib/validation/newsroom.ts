import { z } from "zod";
import { ROLES } from "../policies";
import type { Role } from "../policies";
import { email, optionalHttpUrl, slug } from "./common";

/** Paths of the app itself, which a newsroom's public URL must not shadow. */
export const RESERVED_SLUGS = new Set(["api", "docs", "desk", "signin", "signout", "invite", "collab", "_next", "static", "public", "icon.svg", "favicon.ico", "robots.txt"]);

export const newsroomInputSchema = z.object({
  name: z.string().trim().min(2, "must be at least 2 characters").max(100, "must be at most 100 characters"),
  slug: slug.refine((value) => !RESERVED_SLUGS.has(value), "is reserved"),
  publicUrl: optionalHttpUrl,
  defaultLanguage: z.enum(["fr", "en"]).default("fr"),
});

export type NewsroomInput = z.infer<typeof newsroomInputSchema>;

const role = z.enum(ROLES as [Role, ...Role[]], "must be viewer, fact_checker, editor or owner");

export const changeRoleSchema = z.object({ membershipId: z.uuid("is not a member id"), role });
export const removeMemberSchema = z.object({ membershipId: z.uuid("is not a member id") });
/** With an email, only the account using it may accept; without, anyone signed in who has the link. */
export const invitationSchema = z.object({ role, days: z.coerce.number().int().min(1).max(30).default(7), email: email.optional() });

/** The sourcing rule of a newsroom's settings page. */
export const sourcingRuleSchema = z.object({
  minSources: z.coerce.number("must be a number").int("must be a whole number").min(0, "must be 0 or more").max(10, "must be at most 10"),
  exemptVerdicts: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
});

export type SourcingRuleInput = z.infer<typeof sourcingRuleSchema>;
