-- The collaboration log, outside the Prisma schema (written by postgres.js in
-- lib/collab): every Yjs update the server accepts, and compacted snapshots.

CREATE TABLE "collab_update" (
    "id" BIGSERIAL NOT NULL,
    "document" TEXT NOT NULL,
    "update" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "collab_update_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "collab_update_document_id_idx" ON "collab_update"("document", "id");

CREATE TABLE "collab_snapshot" (
    "document" TEXT NOT NULL,
    "state" BYTEA NOT NULL,
    -- Every update with an id up to this one is contained in "state".
    "last_update_id" BIGINT NOT NULL DEFAULT 0,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "collab_snapshot_pkey" PRIMARY KEY ("document")
);
