import type { Role } from "../policies";

/** The person acting in one newsroom, as resolved by lib/auth from a session or token. */
export type Actor = {
  userId: string;
  newsroomId: string;
  role: Role;
  viaApi?: boolean;
};
