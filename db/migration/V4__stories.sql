-- Coverage of one event by different outlets. Grouping is automatic (text similarity within a few
-- days); an editor may move an article, and regrouping keeps what an editor placed.
CREATE TABLE story (
    id          bigserial    PRIMARY KEY,
    title       varchar(500) NOT NULL,
    first_day   date         NOT NULL,
    last_day    date         NOT NULL,
    grouped_at  timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE story_article (
    article_id        bigint           PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    story_id          bigint           NOT NULL REFERENCES story (id) ON DELETE CASCADE,
    -- How like the story's closest other article it is, from 0 to 1; 1 for an article alone.
    similarity        double precision NOT NULL CHECK (similarity BETWEEN 0 AND 1),
    -- Set when this article carries the same text as an earlier one on another site.
    republication_of  bigint           REFERENCES article (id) ON DELETE SET NULL,
    placed_by         varchar(10)      NOT NULL CHECK (placed_by IN ('GROUPING', 'EDITOR'))
);
CREATE INDEX story_article_story_idx ON story_article (story_id);
