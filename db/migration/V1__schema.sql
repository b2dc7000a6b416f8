-- Flyway owns the schema; Hibernate only validates it.

CREATE TABLE outlet (
    id            bigserial PRIMARY KEY,
    slug          varchar(120) NOT NULL UNIQUE,
    name          varchar(200) NOT NULL,
    kind          varchar(20)  NOT NULL CHECK (kind IN ('PUBLISHER', 'NEWS_AGENCY', 'REPUBLISHER', 'UNIDENTIFIED')),
    domain        varchar(200),
    homepage_url  varchar(500),
    country       varchar(2),
    language      varchar(8),
    description   text
);

-- Names under which other articles cite an outlet ("Agence France-Presse", "AFP").
CREATE TABLE outlet_alias (
    outlet_id  bigint       NOT NULL REFERENCES outlet (id) ON DELETE CASCADE,
    alias      varchar(200) NOT NULL,
    PRIMARY KEY (outlet_id, alias)
);

CREATE TABLE article (
    id              bigserial PRIMARY KEY,
    slug            varchar(200) NOT NULL,
    outlet_id       bigint       NOT NULL REFERENCES outlet (id),
    original_url    varchar(2000),
    title           varchar(500) NOT NULL,
    body            text         NOT NULL,
    raw_text        text         NOT NULL,
    published_on    date         NOT NULL,
    date_basis      varchar(20)  NOT NULL CHECK (date_basis IN ('HEADER_LINE', 'IN_TEXT', 'URL', 'INFERRED')),
    date_evidence   text         NOT NULL,
    byline          varchar(300),
    language        varchar(8)   NOT NULL,
    content_hash    varchar(64)  NOT NULL UNIQUE,
    source_name     varchar(300),
    imported_at     timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX article_published_on_idx ON article (published_on DESC, id DESC);
CREATE INDEX article_outlet_idx ON article (outlet_id, published_on DESC);

-- Photo captions and credits, kept apart from the reading text.
CREATE TABLE article_caption (
    article_id  bigint  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    position    integer NOT NULL,
    text        text    NOT NULL,
    PRIMARY KEY (article_id, position)
);

CREATE TABLE actor (
    id           bigserial PRIMARY KEY,
    slug         varchar(120) NOT NULL UNIQUE,
    name         varchar(200) NOT NULL,
    kind         varchar(20)  NOT NULL CHECK (kind IN ('PERSON', 'ORGANISATION', 'STATE')),
    role         varchar(300)
);

-- Spellings under which coverage names an actor, matched case-sensitively on word boundaries.
CREATE TABLE actor_alias (
    actor_id  bigint       NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    alias     varchar(200) NOT NULL,
    PRIMARY KEY (actor_id, alias)
);

CREATE TABLE demand (
    id               bigserial PRIMARY KEY,
    slug             varchar(120) NOT NULL UNIQUE,
    title            varchar(300) NOT NULL,
    full_text        text         NOT NULL,
    made_by_id       bigint       NOT NULL REFERENCES actor (id),
    made_on          date         NOT NULL,
    source_document  varchar(300) NOT NULL
);

CREATE TABLE actor_mention (
    id            bigserial PRIMARY KEY,
    article_id    bigint  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    actor_id      bigint  NOT NULL REFERENCES actor (id),
    start_offset  integer NOT NULL,
    end_offset    integer NOT NULL,
    CHECK (0 <= start_offset AND start_offset < end_offset)
);
CREATE INDEX actor_mention_article_idx ON actor_mention (article_id);
CREATE INDEX actor_mention_actor_idx ON actor_mention (actor_id);

CREATE TABLE demand_mention (
    id            bigserial PRIMARY KEY,
    article_id    bigint  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    demand_id     bigint  NOT NULL REFERENCES demand (id),
    start_offset  integer NOT NULL,
    end_offset    integer NOT NULL,
    CHECK (0 <= start_offset AND start_offset < end_offset)
);
CREATE INDEX demand_mention_article_idx ON demand_mention (article_id);
CREATE INDEX demand_mention_demand_idx ON demand_mention (demand_id);

-- A response to a demand by the US or NATO, as one article reports it.
CREATE TABLE demand_response (
    id            bigserial PRIMARY KEY,
    demand_id     bigint      NOT NULL REFERENCES demand (id),
    responder_id  bigint      NOT NULL REFERENCES actor (id),
    stance        varchar(20) NOT NULL CHECK (stance IN ('REJECTED', 'OPEN_TO_TALKS')),
    article_id    bigint      NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    start_offset  integer     NOT NULL,
    end_offset    integer     NOT NULL,
    CHECK (0 <= start_offset AND start_offset < end_offset)
);
CREATE INDEX demand_response_demand_idx ON demand_response (demand_id);

-- The quoted words (without the quotation marks) and who the article says spoke them.
CREATE TABLE quote (
    id                 bigserial PRIMARY KEY,
    article_id         bigint       NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    speaker_id         bigint       REFERENCES actor (id),
    attribution        varchar(300) NOT NULL,
    start_offset       integer      NOT NULL,
    end_offset         integer      NOT NULL,
    CHECK (0 <= start_offset AND start_offset < end_offset)
);
CREATE INDEX quote_article_idx ON quote (article_id);
CREATE INDEX quote_speaker_idx ON quote (speaker_id);

-- Another outlet or agency that an article names as its source.
CREATE TABLE citation (
    id                bigserial PRIMARY KEY,
    article_id        bigint  NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    cited_outlet_id   bigint  NOT NULL REFERENCES outlet (id),
    start_offset      integer NOT NULL,
    end_offset        integer NOT NULL,
    CHECK (0 <= start_offset AND start_offset < end_offset)
);
CREATE INDEX citation_article_idx ON citation (article_id);
