import { describe, expect, it } from "vitest";
import { authorize, can, ForbiddenError, ROLES, type Action, type Role } from "@/lib/policies";

// PRODUCT.md's table, written out in full so a change to lib/policies shows here.
const EXPECTED: Record<Action, Role[]> = {
  "newsroom.read": ["viewer", "fact_checker", "editor", "owner"],
  "article.read": ["viewer", "fact_checker", "editor", "owner"],
  "comment.create": ["viewer", "fact_checker", "editor", "owner"],
  "article.create": ["fact_checker", "editor", "owner"],
  "article.edit": ["fact_checker", "editor", "owner"],
  "claim.edit": ["fact_checker", "editor", "owner"],
  "source.edit": ["fact_checker", "editor", "owner"],
  "verdict.propose": ["fact_checker", "editor", "owner"],
  "verdict.approve": ["editor", "owner"],
  "article.publish": ["editor", "owner"],
  "members.manage": ["owner"],
  "settings.manage": ["owner"],
  "tokens.manage": ["owner"],
};

describe("who may do what", () => {
  for (const [action, allowed] of Object.entries(EXPECTED) as [Action, Role[]][]) {
    it.each(ROLES)(`${action} as %s`, (role) => {
      const member = { newsroomId: "n", role };
      expect(can(member, action)).toBe(allowed.includes(role));
      if (allowed.includes(role)) expect(() => authorize(member, action)).not.toThrow();
      else expect(() => authorize(member, action)).toThrow(ForbiddenError);
    });
  }

  it("nobody outside the newsroom may do anything", () => {
    for (const action of Object.keys(EXPECTED) as Action[]) expect(can(null, action)).toBe(false);
  });
});
