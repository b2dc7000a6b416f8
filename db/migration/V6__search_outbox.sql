-- Hibernate Search's outbox-polling coordination: every change to an indexed entity writes an event
-- here in the same transaction, and background agents (one per app node, listed in hsearch_agent)
-- apply the events to the index. The shapes are those Hibernate Search 8.2 maps for PostgreSQL.
CREATE TABLE hsearch_outbox_event (
    id             uuid                        NOT NULL PRIMARY KEY,
    entity_name    varchar(256)                NOT NULL,
    entity_id      varchar(256)                NOT NULL,
    entity_id_hash integer                     NOT NULL,
    payload        bytea                       NOT NULL,
    retries        integer                     NOT NULL,
    process_after  timestamp(6) with time zone NOT NULL,
    status         varchar(255)                NOT NULL CHECK (status IN ('PENDING', 'ABORTED')),
    tenant_id      varchar(255)
);
CREATE INDEX hsearch_outbox_event_process_after ON hsearch_outbox_event (process_after);

CREATE TABLE hsearch_agent (
    id                   uuid                        NOT NULL PRIMARY KEY,
    type                 varchar(255)                NOT NULL
        CHECK (type IN ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name                 varchar(255)                NOT NULL,
    expiration           timestamp(6) with time zone NOT NULL,
    state                varchar(255)                NOT NULL CHECK (state IN ('RUNNING', 'WAITING', 'SUSPENDED')),
    total_shard_count    integer,
    assigned_shard_index integer,
    payload              bytea,
    tenant_id            varchar(255)
);
