import { FetchError } from "./fetch-error";

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_.:-]+)/i;

/** The charset the page declares: its Content-Type, else an HTML page's `<meta charset>` in its first kilobytes. */
function declaredCharset(charset: string | null, mediaType: string, body: Buffer): string | null {
  if (charset) return charset;
  if (mediaType !== "text/html" && mediaType !== "application/xhtml+xml") return null;
  return META_CHARSET.exec(body.subarray(0, 4096).toString("latin1"))?.[1] ?? null;
}

function decoder(label: string, fatal: boolean): TextDecoder {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    throw new FetchError("bad_charset", `The page declares the character set "${label}", which Factdesk does not know.`);
  }
}

/**
 * A text body as a string, in the charset it declares (ISO-8859-1 pages read
 * right). A page that is not valid in its declared charset is refused rather
 * than shown with replacement characters; an undeclared one that is not UTF-8
 * is read as Windows-1252, as browsers do.
 */
export function decodeText(body: Buffer, mediaType: string, charset: string | null): string {
  const label = declaredCharset(charset, mediaType, body);
  if (label === null) {
    try {
      return decoder("utf-8", true).decode(body);
    } catch {
      return decoder("windows-1252", false).decode(body);
    }
  }
  try {
    return decoder(label, true).decode(body);
  } catch (error) {
    if (error instanceof FetchError) throw error;
    throw new FetchError("bad_charset", `The page says it is in ${label}, but its bytes are not: the text cannot be read.`);
  }
}
