import { expect } from "vitest";
import { ForbiddenError, ROLES, type Role } from "../../lib/policies";
import type { Actor } from "../../lib/server/actor";
import { makeNewsroom, type TestNewsroom } from "./factory";

export const RANK: Record<Role, number> = { viewer: 0, fact_checker: 1, editor: 2, owner: 3 };

/** An operation on records of newsroom `home`, prepared fresh for each actor who tries it. */
export type RoleOperation = {
  name: string;
  minimum: Role;
  prepare: (home: TestNewsroom) => Promise<(actor: Actor) => Promise<unknown>>;
};

/** Every role of a fresh newsroom tries the operation: allowed from `minimum` up, ForbiddenError below. */
export async function expectAllowedFrom({ minimum, prepare }: RoleOperation): Promise<void> {
  const home = await makeNewsroom();
  for (const role of ROLES) {
    const outcome = (await prepare(home))(home.actors[role]);
    if (RANK[role] >= RANK[minimum]) await outcome.catch((error: Error) => expect.fail(`${role} was refused: ${error.message}`));
    else await expect(outcome, role).rejects.toBeInstanceOf(ForbiddenError);
  }
}
