import { ZodError } from "zod";
import { DocumentError } from "../editor/document";
import { ForbiddenError } from "../policies";
import { ConflictError, NotFoundError, ValidationError, type FieldErrors } from "../server/errors";
import { fieldErrors } from "../validation/common";
import { findUnstorable } from "../validation/storable-text";

export class UnauthorizedError extends Error {
  readonly status = 401;
  constructor() {
    super("Sign in first.");
  }
}

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; status: number; error: string; code?: string; fields?: FieldErrors };

/** Maps a domain error to the answer a form or route gives; unknown errors are logged, not shown. */
export function errorResult(error: unknown): Extract<ActionResult, { ok: false }> {
  if (error instanceof ZodError) return { ok: false, status: 422, error: "Some fields are invalid.", fields: fieldErrors(error) };
  if (error instanceof ValidationError) return { ok: false, status: 422, error: error.message, fields: error.fields, ...(error.code ? { code: error.code } : {}) };
  if (error instanceof DocumentError) return { ok: false, status: 422, error: error.message, fields: { body: error.message } };
  if (error instanceof ConflictError) return { ok: false, status: 409, error: error.message, ...(error.code !== "conflict" ? { code: error.code } : {}) };
  if (error instanceof UnauthorizedError || error instanceof ForbiddenError || error instanceof NotFoundError) {
    return { ok: false, status: error.status, error: error.message };
  }
  console.error(error);
  return { ok: false, status: 500, error: "Something went wrong on the server; nothing was changed." };
}

/**
 * Runs an action body and turns its outcome into a serialisable result. The
 * action's arguments, as the client sent them, are checked against the text
 * rule first (lib/validation/storable-text.ts): nothing runs when one holds a
 * NUL, a lone surrogate or too deep a nesting.
 */
export async function safeAction<T>(args: unknown[], run: () => Promise<T>): Promise<ActionResult<T>> {
  for (const arg of args) {
    const unstorable = findUnstorable(arg);
    if (unstorable) return { ok: false, status: 422, error: "Some fields are invalid.", fields: { [unstorable.field]: unstorable.message } };
  }
  try {
    return { ok: true, data: await run() };
  } catch (error) {
    return errorResult(error);
  }
}
