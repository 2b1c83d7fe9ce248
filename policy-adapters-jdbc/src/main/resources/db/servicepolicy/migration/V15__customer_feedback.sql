-- §2.3.2: items of customer feedback, with optimistic locking on version. Runs unchanged on
-- PostgreSQL and H2 2.x. The parts an item keeps from its receipt are written once; its rounds,
-- its waits on the customer and the employees a ruling names live in child tables.
CREATE TABLE servicepolicy_feedback_item (
    id                  VARCHAR(64)              NOT NULL,
    channel             VARCHAR(32)              NOT NULL,
    nature              VARCHAR(32)              NOT NULL,
    -- one of the severities of the policy in force at receipt
    severity            VARCHAR                  NOT NULL,
    area                VARCHAR                  NOT NULL,
    summary             VARCHAR(200)             NOT NULL,
    details             VARCHAR                  NOT NULL,
    -- as the policy stores it; NULL when it keeps none
    contact             VARCHAR(200),
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- NULL for an item submitted online
    recorded_by         VARCHAR(64),
    policy_version      VARCHAR(64)              NOT NULL,
    department_id       VARCHAR(64),
    responsible_id      VARCHAR(64),
    status              VARCHAR(32)              NOT NULL,
    round_number        INTEGER                  NOT NULL,
    first_responded_at  TIMESTAMP WITH TIME ZONE,
    first_response      VARCHAR,
    question            VARCHAR,
    answer              VARCHAR,
    round_started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_result         VARCHAR,
    result_at           TIMESTAMP WITH TIME ZONE,
    cause_analysis      VARCHAR,
    corrective_action   VARCHAR,
    satisfaction        INTEGER,
    closed_at           TIMESTAMP WITH TIME ZONE,
    close_reason        VARCHAR,
    -- the ruling, all NULL until it is made; its employees in servicepolicy_feedback_ruled_employee
    ruling_verdict      VARCHAR(32),
    ruling_standard     VARCHAR(64),
    ruling_note         VARCHAR,
    -- hex SHA-256 of the customer's tracking token; the token itself is never stored
    tracking_token_hash VARCHAR(64)              NOT NULL,
    version             BIGINT                   NOT NULL,
    CONSTRAINT servicepolicy_feedback_item_pk PRIMARY KEY (id),
    CONSTRAINT servicepolicy_feedback_item_token_uq UNIQUE (tracking_token_hash),
    CONSTRAINT servicepolicy_feedback_item_recorder_fk FOREIGN KEY (recorded_by)
        REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_feedback_item_department_fk FOREIGN KEY (department_id)
        REFERENCES servicepolicy_department (id),
    CONSTRAINT servicepolicy_feedback_item_responsible_fk FOREIGN KEY (responsible_id)
        REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_feedback_item_round_ck CHECK (round_number >= 1),
    CONSTRAINT servicepolicy_feedback_item_satisfaction_ck CHECK (satisfaction BETWEEN 1 AND 5),
    CONSTRAINT servicepolicy_feedback_item_ruling_ck CHECK (
        (ruling_verdict IS NULL AND ruling_note IS NULL AND ruling_standard IS NULL)
        OR (ruling_verdict IS NOT NULL AND ruling_note IS NOT NULL))
);
CREATE INDEX servicepolicy_feedback_item_received_ix ON servicepolicy_feedback_item (received_at, id);
CREATE INDEX servicepolicy_feedback_item_department_ix ON servicepolicy_feedback_item (department_id, received_at);

-- The employees an item names, in the order it names them.
CREATE TABLE servicepolicy_feedback_concerned (
    item_id        VARCHAR(64) NOT NULL,
    employee_index INTEGER     NOT NULL,
    employee_id    VARCHAR(64) NOT NULL,
    CONSTRAINT servicepolicy_feedback_concerned_pk PRIMARY KEY (item_id, employee_index),
    CONSTRAINT servicepolicy_feedback_concerned_once UNIQUE (item_id, employee_id),
    CONSTRAINT servicepolicy_feedback_concerned_item_fk FOREIGN KEY (item_id)
        REFERENCES servicepolicy_feedback_item (id),
    CONSTRAINT servicepolicy_feedback_concerned_employee_fk FOREIGN KEY (employee_id)
        REFERENCES servicepolicy_employee (id)
);

-- The employees a justified complaint is ruled against, in the order the ruling names them.
CREATE TABLE servicepolicy_feedback_ruled_employee (
    item_id        VARCHAR(64) NOT NULL,
    employee_index INTEGER     NOT NULL,
    employee_id    VARCHAR(64) NOT NULL,
    CONSTRAINT servicepolicy_feedback_ruled_employee_pk PRIMARY KEY (item_id, employee_index),
    CONSTRAINT servicepolicy_feedback_ruled_employee_item_fk FOREIGN KEY (item_id)
        REFERENCES servicepolicy_feedback_item (id),
    CONSTRAINT servicepolicy_feedback_ruled_employee_employee_fk FOREIGN KEY (employee_id)
        REFERENCES servicepolicy_employee (id)
);

-- The waits on the customer, numbered from 1; only the last may be open (paused_until NULL).
CREATE TABLE servicepolicy_feedback_pause (
    item_id      VARCHAR(64)              NOT NULL,
    pause_number INTEGER                  NOT NULL,
    paused_from  TIMESTAMP WITH TIME ZONE NOT NULL,
    paused_until TIMESTAMP WITH TIME ZONE,
    CONSTRAINT servicepolicy_feedback_pause_pk PRIMARY KEY (item_id, pause_number),
    CONSTRAINT servicepolicy_feedback_pause_item_fk FOREIGN KEY (item_id)
        REFERENCES servicepolicy_feedback_item (id),
    CONSTRAINT servicepolicy_feedback_pause_ck CHECK (paused_until IS NULL OR paused_until > paused_from)
);

-- Each result reported, numbered by its round from 1, with the customer's rejection if any and,
-- from round 2, the cause analysis and corrective action recorded before it.
CREATE TABLE servicepolicy_feedback_round (
    item_id           VARCHAR(64)              NOT NULL,
    round_number      INTEGER                  NOT NULL,
    result            VARCHAR                  NOT NULL,
    result_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    rejected_at       TIMESTAMP WITH TIME ZONE,
    rejection         VARCHAR,
    cause_analysis    VARCHAR,
    corrective_action VARCHAR,
    CONSTRAINT servicepolicy_feedback_round_pk PRIMARY KEY (item_id, round_number),
    CONSTRAINT servicepolicy_feedback_round_item_fk FOREIGN KEY (item_id)
        REFERENCES servicepolicy_feedback_item (id),
    CONSTRAINT servicepolicy_feedback_round_rejection_ck CHECK (
        (rejected_at IS NULL AND rejection IS NULL) OR (rejected_at IS NOT NULL AND rejection IS NOT NULL))
);

-- The checkpoints of an item's clocks the sweep is to act on, one per key, replaced whenever the
-- item's due times move. A row whose key has fired (below) is no longer scheduled, whatever
-- remains of it until the item is scheduled again.
CREATE TABLE servicepolicy_feedback_checkpoint (
    item_id        VARCHAR(64)              NOT NULL,
    checkpoint_key VARCHAR(64)              NOT NULL,
    due_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT servicepolicy_feedback_checkpoint_pk PRIMARY KEY (item_id, checkpoint_key),
    CONSTRAINT servicepolicy_feedback_checkpoint_item_fk FOREIGN KEY (item_id)
        REFERENCES servicepolicy_feedback_item (id)
);
-- The sweep's question: a checkpoint due by now.
CREATE INDEX servicepolicy_feedback_checkpoint_due_ix ON servicepolicy_feedback_checkpoint (due_at);

-- Each key of an item fired, once: the primary key is what keeps two sweeps from both firing it.
-- Never part of the item's version, so firing never conflicts with handling the item.
CREATE TABLE servicepolicy_feedback_checkpoint_fired (
    item_id        VARCHAR(64)              NOT NULL,
    checkpoint_key VARCHAR(64)              NOT NULL,
    fired_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT servicepolicy_feedback_checkpoint_fired_pk PRIMARY KEY (item_id, checkpoint_key),
    CONSTRAINT servicepolicy_feedback_checkpoint_fired_item_fk FOREIGN KEY (item_id)
        REFERENCES servicepolicy_feedback_item (id)
);
