-- Dates, honestly: an article with no evidence of its date is undated (no day), and one whose evidence
-- gives only the month is stored on the month's first day with MONTH precision, never shown on that day.
ALTER TABLE article ALTER COLUMN published_on DROP NOT NULL;
ALTER TABLE article ADD COLUMN date_precision varchar(10) NOT NULL DEFAULT 'DAY'
    CHECK (date_precision IN ('DAY', 'MONTH', 'NONE'));

ALTER TABLE article DROP CONSTRAINT article_date_basis_check;
ALTER TABLE article ADD CONSTRAINT article_date_basis_check
    CHECK (date_basis IN ('HEADER_LINE', 'GIVEN', 'IN_TEXT', 'URL', 'INFERRED', 'NONE'));

-- Earlier imports recorded the day of import where they found no date: that was never evidence.
UPDATE article
SET published_on = NULL, date_precision = 'NONE', date_basis = 'NONE',
    date_evidence = 'No date was found when it was imported (the day of import, recorded then, is no evidence): the article is undated.'
WHERE date_basis = 'INFERRED'
  AND date_evidence LIKE 'No date line, in-text date, given date or dated URL: the day of import is recorded.%';

ALTER TABLE article ADD CONSTRAINT article_date_known_check CHECK (
    (published_on IS NULL) = (date_precision = 'NONE')
    AND (date_basis = 'NONE') = (date_precision = 'NONE')
    AND (date_precision <> 'MONTH' OR extract(day FROM published_on) = 1));

-- Newest first with the undated last, as every list orders them.
DROP INDEX article_published_on_idx;
CREATE INDEX article_published_on_idx ON article (published_on DESC NULLS LAST, id DESC);
