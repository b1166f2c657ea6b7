-- The archive's search vector, stored: searching computed it again for every
-- row the planner reached without the GIN index (a newsroom of a few thousand
-- fact-checks: 100–300 ms a search), and ranking by relevance computed it for
-- every match.
ALTER TABLE "ArchivedFactCheck"
  ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS ("factdesk_fact_check_vector"("language", "statement", "claimantName")) STORED;

DROP INDEX "ArchivedFactCheck_search_idx";
CREATE INDEX "ArchivedFactCheck_search_idx" ON "ArchivedFactCheck" USING GIN ("searchVector");
