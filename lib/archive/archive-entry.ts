import type { ArchiveItem } from "./archive-item";

/**
 * One item of a file before it is read: where it is (`path`, dotted, e.g.
 * "claims.2"; its fields' problems are named relative to it) and how to read it.
 */
export type ArchiveEntry = { path: string; read: () => ArchiveItem };

export const joinPath = (...parts: (string | number)[]) => parts.filter((p) => p !== "").join(".");
