-- servicepolicy schema, version 4: idempotency keys. A caller's key makes a retried command
-- answer with the first response instead of running again. Runs unchanged on PostgreSQL and
-- H2 2.x. Keys are kept until the application deletes them.
CREATE TABLE servicepolicy_idempotency_record (
    -- the caller who chose the key; no foreign key, as an actor need not be a stored employee
    actor_id        VARCHAR(64)              NOT NULL,
    idempotency_key VARCHAR(255)             NOT NULL,
    operation       VARCHAR                  NOT NULL,
    fingerprint     VARCHAR                  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    -- NULL while the first request's command runs; set in the same transaction, so that a
    -- committed row always has its response
    response        VARCHAR,
    -- a second request with the same caller and key waits on this key for the first to end
    CONSTRAINT servicepolicy_idempotency_record_pk PRIMARY KEY (actor_id, idempotency_key)
);
