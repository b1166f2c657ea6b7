import { ValidationError } from "../errors";

/** Why a fetch was refused or failed, or what it brought cannot be read; each is named to the API's clients as the error's `code`. */
export type FetchErrorCode =
  | "invalid_url"
  | "address_not_allowed"
  | "unreachable"
  | "too_many_redirects"
  | "timeout"
  | "too_large"
  | "unsupported_type"
  | "bad_encoding"
  | "bad_charset"
  | "unreadable_pdf"
  | "no_readable_text"
  | "http_error";

/** A refused or failed fetch: a 422 naming the `url` field, with its code (and the HTTP status of an `http_error`). */
export class FetchError extends ValidationError {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    readonly httpStatus?: number,
  ) {
    super({ url: message }, message, code);
  }
}
