-- How an imported article's headline and outlet were found (the words, the URL or the rule), shown
-- with its provenance. Null for the curated seeds, whose provenance the seed file states.
ALTER TABLE article ADD COLUMN title_evidence text;
ALTER TABLE article ADD COLUMN outlet_evidence text;
