import { jwtVerify, SignJWT } from "jose";

/** A collaboration token lives long enough to open a socket; the provider asks for a new one on reconnect. */
export const COLLAB_TOKEN_TTL_S = 120;
const AUDIENCE = "factdesk-collab";

export type CollabClaims = { userId: string; newsroomId: string; document: string };

function key(): Uint8Array {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set.");
  // A key of its own, derived from the app secret, so a session JWT can never pass as a collab token.
  return new TextEncoder().encode(`collab:${secret}`);
}

export async function signCollabToken(claims: CollabClaims): Promise<string> {
  return new SignJWT({ nid: claims.newsroomId, doc: claims.document })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(claims.userId)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${COLLAB_TOKEN_TTL_S}s`)
    .sign(key());
}

/** The token's claims, or null when it is forged, expired or not a collab token. */
export async function verifyCollabToken(token: string): Promise<CollabClaims | null> {
  try {
    const { payload } = await jwtVerify(token, key(), { audience: AUDIENCE, algorithms: ["HS256"] });
    if (typeof payload.sub !== "string" || typeof payload.nid !== "string" || typeof payload.doc !== "string") return null;
    return { userId: payload.sub, newsroomId: payload.nid, document: payload.doc };
  } catch {
    return null;
  }
}
