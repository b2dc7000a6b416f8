-- Capitalised names that recur in imported articles but match no actor alias: a review list for
-- editors, who may add them as actors or aliases.
CREATE TABLE name_candidate (
    name              varchar(200) PRIMARY KEY,
    article_count     integer      NOT NULL CHECK (article_count > 0),
    first_article_id  bigint       REFERENCES article (id) ON DELETE SET NULL,
    last_seen_at      timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX name_candidate_count_idx ON name_candidate (article_count DESC, name);
