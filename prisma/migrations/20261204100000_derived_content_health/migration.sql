-- Why the article's derived text (search, list, API, publication) could not be
-- refreshed from its live document, and since when; null once a refresh
-- succeeds. The desk shows it and publishing is refused while it is set.
ALTER TABLE "Article"
  ADD COLUMN "derivedError" TEXT,
  ADD COLUMN "derivedFailedAt" TIMESTAMPTZ(3);
