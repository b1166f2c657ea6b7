import type { Role } from "../db/generated/enums";

export type { Role };

export const ROLES: readonly Role[] = ["viewer", "fact_checker", "editor", "owner"];

/** What a member of a newsroom may do there (PRODUCT.md, "Who uses it"). */
export type Action =
  | "newsroom.read"
  | "article.read"
  | "article.create"
  | "article.edit"
  | "claim.edit"
  | "source.edit"
  | "verdict.propose"
  | "verdict.approve"
  | "comment.create"
  | "article.publish"
  | "members.manage"
  | "settings.manage"
  | "tokens.manage";

const RANK: Record<Role, number> = { viewer: 0, fact_checker: 1, editor: 2, owner: 3 };

const MINIMUM_ROLE: Record<Action, Role> = {
  "newsroom.read": "viewer",
  "article.read": "viewer",
  "comment.create": "viewer",
  "article.create": "fact_checker",
  "article.edit": "fact_checker",
  "claim.edit": "fact_checker",
  "source.edit": "fact_checker",
  "verdict.propose": "fact_checker",
  "verdict.approve": "editor",
  "article.publish": "editor",
  "members.manage": "owner",
  "settings.manage": "owner",
  "tokens.manage": "owner",
};

export type Membership = { newsroomId: string; role: Role };

export function can(membership: Membership | null | undefined, action: Action): boolean {
  if (!membership) return false;
  return RANK[membership.role] >= RANK[MINIMUM_ROLE[action]];
}

/** What a signed-in person may do outside the roles of one newsroom. */
export type AccountAction = "newsroom.create" | "invitation.accept";

export class ForbiddenError extends Error {
  readonly status = 403;
  constructor(
    readonly action: Action | AccountAction,
    message = `Your role does not allow this (${action}).`,
  ) {
    super(message);
  }
}

/**
 * Who may create a newsroom (and become its owner): an owner or an editor of a
 * newsroom, or an account that belongs to no newsroom yet (the first user, or
 * one an operator created to start a newsroom: Factdesk has no sign-up).
 * Viewers and fact-checkers were invited into someone else's newsroom; they may not.
 */
export function canCreateNewsroom(rolesHeld: readonly Role[]): boolean {
  return rolesHeld.length === 0 || rolesHeld.some((role) => RANK[role] >= RANK.editor);
}

/** Throws ForbiddenError unless the member may do `action`. */
export function authorize(membership: Membership, action: Action): void {
  if (!can(membership, action)) throw new ForbiddenError(action);
}

/** Roles an owner may hand out; ordered for display. */
export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
