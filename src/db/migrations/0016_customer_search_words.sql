-- A name folded for search: Unicode NFD, then the combining diacritical marks (U+0300–U+036F)
-- removed, đ/Đ (a letter of its own, not a mark) to d, lower-cased. unaccent would do it, but it is
-- a contrib extension some servers lack and its function is not IMMUTABLE, so a generated column
-- and an index could not use it. Only that block of marks goes: Thai vowels and tone marks and
-- Japanese dakuten are other blocks, and stay. lower() after folding: under the C collation
-- (the embedded server's) it changes ASCII only, which folding has made the Vietnamese letters.
CREATE FUNCTION customers_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN lower(translate(regexp_replace(normalize(value, NFD), '[\u0300-\u036f]', '', 'g'), 'đĐ', 'dD'));
--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "search_words" "tsvector" GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, customers_fold(coalesce(name, coalesce(first_name, '') || ' ' || coalesce(last_name, ''))))) STORED;--> statement-breakpoint
CREATE INDEX "customers_words_idx" ON "customers" USING gin ("search_words");
