-- §2.1.3, §2.1.4: service cases, with their return visit in the same row (owed once finished).
CREATE TABLE servicepolicy_service_case (
    id                 VARCHAR(64)              NOT NULL,
    business_type      VARCHAR(40)              NOT NULL,
    customer_ref       VARCHAR(100)             NOT NULL,
    handler_id         VARCHAR(64)              NOT NULL,
    opened_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    policy_version     VARCHAR(64)              NOT NULL,
    finished_at        TIMESTAMP WITH TIME ZONE,
    visit_due_at       TIMESTAMP WITH TIME ZONE,
    visit_done_at      TIMESTAMP WITH TIME ZONE,
    visit_satisfaction INTEGER,
    visit_notes        VARCHAR,
    visit_recorded_by  VARCHAR(64),
    version            BIGINT                   NOT NULL,
    CONSTRAINT servicepolicy_service_case_pk PRIMARY KEY (id),
    CONSTRAINT servicepolicy_service_case_handler_fk FOREIGN KEY (handler_id)
        REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_service_case_visit_ck CHECK (
        (finished_at IS NULL AND visit_due_at IS NULL) OR (finished_at IS NOT NULL AND visit_due_at IS NOT NULL)),
    CONSTRAINT servicepolicy_service_case_visit_done_ck CHECK (
        (visit_done_at IS NULL AND visit_satisfaction IS NULL AND visit_notes IS NULL AND visit_recorded_by IS NULL)
        OR (visit_done_at IS NOT NULL AND visit_satisfaction BETWEEN 1 AND 5 AND visit_notes IS NOT NULL
            AND visit_recorded_by IS NOT NULL))
);
CREATE INDEX servicepolicy_service_case_handler_ix ON servicepolicy_service_case (handler_id, opened_at);
-- The sweep's two questions: open past due, and a return visit owed past due.
CREATE INDEX servicepolicy_service_case_open_due_ix ON servicepolicy_service_case (finished_at, due_at);
CREATE INDEX servicepolicy_service_case_visit_due_ix ON servicepolicy_service_case (visit_done_at, visit_due_at);

-- A customer's return trips for a case (§2.1.3), append-only, numbered from 1.
CREATE TABLE servicepolicy_service_case_trip (
    case_id     VARCHAR(64)              NOT NULL,
    trip_number INTEGER                  NOT NULL,
    cause       VARCHAR(32)              NOT NULL,
    note        VARCHAR                  NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by VARCHAR(64)              NOT NULL,
    CONSTRAINT servicepolicy_service_case_trip_pk PRIMARY KEY (case_id, trip_number),
    CONSTRAINT servicepolicy_service_case_trip_case_fk FOREIGN KEY (case_id)
        REFERENCES servicepolicy_service_case (id)
);

-- Replies promised to the customer of a case (§2.1.2), numbered from 1; replied_at is set once.
CREATE TABLE servicepolicy_service_case_commitment (
    case_id           VARCHAR(64)              NOT NULL,
    commitment_number INTEGER                  NOT NULL,
    promise           VARCHAR                  NOT NULL,
    promised_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    reply_by          TIMESTAMP WITH TIME ZONE NOT NULL,
    replied_at        TIMESTAMP WITH TIME ZONE,
    promised_by       VARCHAR(64)              NOT NULL,
    CONSTRAINT servicepolicy_service_case_commitment_pk PRIMARY KEY (case_id, commitment_number),
    CONSTRAINT servicepolicy_service_case_commitment_case_fk FOREIGN KEY (case_id)
        REFERENCES servicepolicy_service_case (id)
);
-- The sweep's third question: a promised reply still owed past its time.
CREATE INDEX servicepolicy_service_case_commitment_due_ix
    ON servicepolicy_service_case_commitment (replied_at, reply_by);

-- Each shortfall of a case is marked once: the key is what keeps two sweeps from both marking it.
-- The number tells a case's commitments apart; it is 1 for its due time and its return visit.
CREATE TABLE servicepolicy_service_record_mark (
    case_id     VARCHAR(64)              NOT NULL,
    standard    VARCHAR(64)              NOT NULL,
    mark_number INTEGER                  NOT NULL,
    due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    marked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT servicepolicy_service_record_mark_pk PRIMARY KEY (case_id, standard, mark_number),
    CONSTRAINT servicepolicy_service_record_mark_case_fk FOREIGN KEY (case_id)
        REFERENCES servicepolicy_service_case (id)
);
