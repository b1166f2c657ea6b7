-- The fact-check archive ("claim memory"): fact-checks imported from outside
-- (schema.org ClaimReview, a newsroom's claimreview.json, the Fact Check Tools
-- API, ClaimReview data feeds), one row per review URL in a newsroom. The
-- newsroom's own approved claims stay in "Claim"; the matcher reads both.
--
-- pg_trgm is a trusted extension (PostgreSQL 13+): a database owner without
-- superuser rights may create it. Present in the embedded PostgreSQL 18 and in
-- Debian's PostgreSQL 15.
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

CREATE TYPE "FactCheckOrigin" AS ENUM ('import');

CREATE TABLE "ArchivedFactCheck" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "newsroomId" UUID NOT NULL,
    "statement" TEXT NOT NULL,
    "claimantName" TEXT,
    "claimDate" TEXT,
    "verdict" TEXT NOT NULL,
    "ratingValue" DOUBLE PRECISION,
    "bestRating" DOUBLE PRECISION,
    "worstRating" DOUBLE PRECISION,
    "language" TEXT,
    "normalized" JSONB NOT NULL DEFAULT '{}',
    "reviewUrl" TEXT NOT NULL,
    "reviewAuthor" TEXT,
    "reviewDate" TEXT,
    "origin" "FactCheckOrigin" NOT NULL DEFAULT 'import',
    "sourceLabel" TEXT NOT NULL,
    "importedById" UUID,
    "importedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "ArchivedFactCheck_pkey" PRIMARY KEY ("id"),
    -- Partial dates as the sources give them (the matcher compares days, months and years).
    CONSTRAINT "ArchivedFactCheck_claimDate_check" CHECK ("claimDate" ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
    CONSTRAINT "ArchivedFactCheck_reviewDate_check" CHECK ("reviewDate" ~ '^\d{4}(-\d{2}(-\d{2})?)?$')
);

-- The dedup key: a re-import of the same review URL updates its row.
CREATE UNIQUE INDEX "ArchivedFactCheck_newsroomId_reviewUrl_key" ON "ArchivedFactCheck"("newsroomId", "reviewUrl");

-- Listing without a query: newest review first.
CREATE INDEX "ArchivedFactCheck_newsroomId_reviewDate_idx" ON "ArchivedFactCheck"("newsroomId", "reviewDate" DESC NULLS LAST, "id");

-- Full-text search, accent-insensitive, stemmed in the fact-check's language
-- (simple for other languages), over the statement and who made it. One
-- function for the index and the queries, so that they keep matching.
CREATE FUNCTION "factdesk_fact_check_vector"(language TEXT, statement TEXT, claimant TEXT) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT to_tsvector(public."factdesk_search_config"(coalesce(language, '')), public."factdesk_unaccent"(statement || ' ' || coalesce(claimant, ''))) $$;

CREATE INDEX "ArchivedFactCheck_search_idx" ON "ArchivedFactCheck" USING GIN ("factdesk_fact_check_vector"("language", "statement", "claimantName"));

-- Trigram similarity and substring search on the unaccented statement
-- (`factdesk_unaccent(statement) % factdesk_unaccent($1)`, `ILIKE '%…%'`):
-- candidate retrieval for claim matching across wordings.
CREATE INDEX "ArchivedFactCheck_statement_trgm_idx" ON "ArchivedFactCheck" USING GIN ("factdesk_unaccent"("statement") gin_trgm_ops);

ALTER TABLE "ArchivedFactCheck" ADD CONSTRAINT "ArchivedFactCheck_newsroomId_fkey" FOREIGN KEY ("newsroomId") REFERENCES "Newsroom"("id") ON DELETE CASCADE ON UPDATE CASCADE;
