/** Errors the domain functions throw; routes and actions map them to answers. */

export class NotFoundError extends Error {
  readonly status = 404;
  constructor(what = "record") {
    super(`No such ${what}.`);
  }
}

export type FieldErrors = Record<string, string>;

export class ValidationError extends Error {
  readonly status = 422;
  constructor(
    readonly fields: FieldErrors,
    message = "Some fields are invalid.",
    /** A rule the API's clients can test for (e.g. `address_not_allowed`); "invalid" when absent. */
    readonly code?: string,
  ) {
    super(message);
  }
}

/**
 * A conflict (409); `current` carries the record as it now is, for the loser
 * of a race to see; `code` names a rule the API's clients can test for.
 */
export class ConflictError extends Error {
  readonly status = 409;
  constructor(
    message: string,
    readonly current?: unknown,
    readonly code = "conflict",
  ) {
    super(message);
  }
}
