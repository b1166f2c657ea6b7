import type { Extension, onChangePayload, onLoadDocumentPayload, onStoreDocumentPayload } from "@hocuspocus/server";
import type { Sql } from "postgres";
import * as Y from "yjs";
import { mergedState, UpdateMerger } from "./update-merger";

/** A new document's first state as one Yjs update, or null when there is none. */
export type InitialContent = (documentName: string) => Promise<Uint8Array | null>;

export type PostgresPersistenceOptions = {
  sql: Sql;
  /** Builds a new document's first state (the pasted body), written once. */
  initialContent: InitialContent;
  /** Updates are batched this long before one INSERT (the goal is < 100 ms to a row). */
  flushDelayMs?: number;
};

const LOADING = Symbol("postgres-persistence:load");

function isRemote(origin: unknown): boolean {
  return origin === LOADING || (typeof origin === "object" && origin !== null && (origin as { source?: string }).source === "redis");
}

/** Snapshot plus every update not yet compacted into it (duplicates are harmless in Yjs). */
export async function loadDocumentState(sql: Sql, documentName: string): Promise<Uint8Array[]> {
  const [snapshot] = await sql<{ state: Uint8Array }[]>`SELECT state FROM collab_snapshot WHERE document = ${documentName}`;
  const updates = await sql<{ update: Uint8Array }[]>`SELECT update FROM collab_update WHERE document = ${documentName} ORDER BY id`;
  return [...(snapshot ? [snapshot.state] : []), ...updates.map((row) => row.update)];
}

/**
 * Appends updates to the log in one statement, in their order. As hex text, so
 * that it is the same prepared statement whatever their number (a VALUES list
 * of N rows is a new statement for each N).
 */
export async function appendUpdates(sql: Sql, updates: { document: string; update: Uint8Array }[]): Promise<void> {
  const documents = updates.map(({ document }) => document);
  const hex = updates.map(({ update }) => Buffer.from(update.buffer, update.byteOffset, update.byteLength).toString("hex"));
  await sql`
    INSERT INTO collab_update (document, update)
    SELECT document, decode(update, 'hex')
    FROM unnest(${documents}::text[], ${hex}::text[]) WITH ORDINALITY AS batch(document, update, n) ORDER BY n`;
}

/**
 * Merges the stored updates of a document into its snapshot, from the database
 * alone (never from memory, which another instance may be ahead of). Only the
 * rows it read are deleted, so an update committed meanwhile is kept.
 */
export async function compactDocument(
  sql: Sql,
  documentName: string,
  merge: (updates: Uint8Array[]) => Promise<Uint8Array> = async (updates) => mergedState(updates),
): Promise<number> {
  return sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(hashtext(${documentName}))`;
    const rows = await tx<{ id: string; update: Uint8Array }[]>`
      SELECT id, update FROM collab_update WHERE document = ${documentName} ORDER BY id`;
    if (rows.length === 0) return 0;
    const [snapshot] = await tx<{ state: Uint8Array }[]>`SELECT state FROM collab_snapshot WHERE document = ${documentName}`;
    const merged = await merge([...(snapshot ? [snapshot.state] : []), ...rows.map((row) => row.update)]);
    const last = rows[rows.length - 1].id;
    await tx`
      INSERT INTO collab_snapshot (document, state, last_update_id, updated_at)
      VALUES (${documentName}, ${merged}, ${last}, now())
      ON CONFLICT (document) DO UPDATE SET state = EXCLUDED.state, last_update_id = EXCLUDED.last_update_id, updated_at = now()`;
    await tx`DELETE FROM collab_update WHERE id = ANY(${rows.map((row) => row.id)}::bigint[])`;
    return rows.length;
  });
}

/**
 * Persistence of Yjs documents in PostgreSQL: every accepted update is
 * appended to `collab_update` (batched, flushed within `flushDelayMs`), and
 * compacted into `collab_snapshot` when Hocuspocus stores the document
 * (debounced while people type, and when the last person leaves).
 */
export class PostgresPersistence implements Extension {
  extensionName = "postgres-persistence";
  private pending: { document: string; update: Uint8Array }[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private readonly flushDelayMs: number;
  private readonly merger = new UpdateMerger();

  constructor(private readonly options: PostgresPersistenceOptions) {
    this.flushDelayMs = options.flushDelayMs ?? 20;
  }

  private async seedIfNew(documentName: string): Promise<void> {
    const { sql } = this.options;
    const exists = async (db: Sql) =>
      (await db`SELECT 1 FROM collab_snapshot WHERE document = ${documentName}
                UNION ALL SELECT 1 FROM collab_update WHERE document = ${documentName} LIMIT 1`).length > 0;
    if (await exists(sql)) return;
    const initial = await this.options.initialContent(documentName);
    if (!initial) return;
    await sql.begin(async (tx) => {
      // Two instances opening a new document at once: the lock makes one seed it.
      await tx`SELECT pg_advisory_xact_lock(hashtext(${documentName}))`;
      if (await exists(tx as unknown as Sql)) return;
      await tx`INSERT INTO collab_snapshot (document, state) VALUES (${documentName}, ${initial})`;
    });
  }

  async onLoadDocument({ documentName, document }: onLoadDocumentPayload): Promise<void> {
    await this.seedIfNew(documentName);
    const updates = await loadDocumentState(this.options.sql, documentName);
    Y.transact(document, () => updates.forEach((update) => Y.applyUpdate(document, update)), LOADING);
    // Hocuspocus 4 buffers broadcasts until the next turn of the event loop, by when the connection that
    // asked for the document has joined it: the stored state would reach it a second time, after the sync.
    // Nobody is connected yet: flushing now sends nothing and empties the buffer.
    document.flush();
  }

  async onChange({ documentName, update, transactionOrigin }: onChangePayload): Promise<void> {
    if (isRemote(transactionOrigin)) return;
    this.pending.push({ document: documentName, update });
    this.timer ??= setTimeout(() => void this.flush(), this.flushDelayMs);
  }

  /** Writes every pending update in one INSERT; resolves when they are committed. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending.splice(0);
    if (batch.length === 0) return this.flushing;
    this.flushing = this.flushing.then(async () => {
      try {
        await appendUpdates(this.options.sql, batch);
      } catch (error) {
        // The database is away: keep the updates and try again (clients also resend on reconnect).
        console.error(`collab: could not store ${batch.length} update(s), retrying in 1 s:`, (error as Error).message);
        this.pending.unshift(...batch);
        this.timer ??= setTimeout(() => void this.flush(), 1000);
      }
    });
    return this.flushing;
  }

  async onStoreDocument({ documentName }: onStoreDocumentPayload): Promise<void> {
    await this.flush();
    await compactDocument(this.options.sql, documentName, (updates) => this.merger.merge(updates));
  }

  async onDestroy(): Promise<void> {
    await this.flush();
    await this.merger.destroy();
  }
}
