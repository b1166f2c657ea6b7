-- Search reads the title and the first 100,000 characters of the body. A
-- tsvector holds at most 1 MB of distinct lexemes: a long body of distinct
-- words (or of hyphenated compounds, indexed whole and in parts: up to ~8
-- bytes of lexemes per character) failed every write of its row ("string is
-- too long for tsvector"). One function for the index and the query, so that
-- the query keeps matching the index.
CREATE FUNCTION "factdesk_search_vector"(language TEXT, title TEXT, body TEXT) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT to_tsvector(public."factdesk_search_config"(language), public."factdesk_unaccent"(title || ' ' || left(body, 100000))) $$;

DROP INDEX "Article_search_idx";
CREATE INDEX "Article_search_idx" ON "Article" USING GIN ("factdesk_search_vector"("language", "title", "plainText"));
