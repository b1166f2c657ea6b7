import { expect } from "vitest";
import { detectClaims } from "../../../lib/claims/detect-claims";
import type { ClaimType, DetectedClaim, DetectOptions } from "../../../lib/claims/types";

export function claims(text: string, options: DetectOptions = {}): DetectedClaim[] {
  const out = detectClaims(text, options);
  for (const c of out) expect(text.slice(c.start, c.end)).toBe(c.text);
  return out;
}

export function ofType(text: string, type: ClaimType, options: DetectOptions = {}): DetectedClaim[] {
  return claims(text, options).filter((c) => c.type === type);
}

/** The claims of `type` as [text, normalized] pairs, for compact expectations. */
export function pairs(text: string, type: ClaimType, options: DetectOptions = {}): [string, Record<string, unknown>][] {
  return ofType(text, type, options).map((c) => [c.text, c.normalized]);
}

export const NBSP = "\u00a0";
export const NNBSP = "\u202f";
