import type { IncomingMessage } from "node:http";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { FetchError } from "./fetch-error";

function decoderFor(encoding: string): Readable | null {
  switch (encoding) {
    case "":
    case "identity":
      return null;
    case "gzip":
    case "x-gzip":
      return zlib.createGunzip();
    case "deflate":
      return zlib.createInflate();
    case "br":
      return zlib.createBrotliDecompress();
    default:
      throw new FetchError("bad_encoding", `The server sent the body in an encoding Factdesk does not read (${encoding}).`);
  }
}

const tooLarge = (maxBytes: number) => new FetchError("too_large", `The body is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);

/**
 * The response's body, decompressed, at most `maxBytes` once decompressed:
 * the count is kept while inflating, so a small gzip bomb stops at the cap
 * instead of filling memory.
 */
export async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers["content-length"]);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge(maxBytes);
  }
  const decoder = decoderFor(String(response.headers["content-encoding"] ?? "").trim().toLowerCase());
  const stream: Readable = decoder ? response.pipe(decoder as zlib.Gunzip) : response;
  if (decoder) response.on("error", (error) => decoder.destroy(error));
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw tooLarge(maxBytes);
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    response.destroy();
    decoder?.destroy();
    if (error instanceof FetchError) throw error;
    if (decoder && (error as NodeJS.ErrnoException).code?.startsWith("Z_")) throw new FetchError("bad_encoding", "The server's compressed body is corrupt.");
    throw error;
  }
  return Buffer.concat(chunks);
}
