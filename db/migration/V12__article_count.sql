-- How many articles the archive holds, kept in step by triggers so that health need not count a million
-- rows at each call. One update per statement that inserts or deletes articles; the row it locks is
-- taken at the article's insert, late in an import's transaction, and held only to its commit.
CREATE TABLE article_count (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    articles bigint  NOT NULL
);
INSERT INTO article_count (articles) SELECT count(*) FROM article;

CREATE FUNCTION count_articles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF tg_op = 'INSERT' THEN
        UPDATE article_count SET articles = articles + (SELECT count(*) FROM added);
    ELSIF tg_op = 'DELETE' THEN
        UPDATE article_count SET articles = articles - (SELECT count(*) FROM removed);
    ELSE
        UPDATE article_count SET articles = 0;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER article_count_on_insert AFTER INSERT ON article
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION count_articles();
CREATE TRIGGER article_count_on_delete AFTER DELETE ON article
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION count_articles();
CREATE TRIGGER article_count_on_truncate AFTER TRUNCATE ON article
    FOR EACH STATEMENT EXECUTE FUNCTION count_articles();
