-- §2.3.3, §5.2.2: the periodic service evaluation and the customer-score ledger.

-- One row, locked (SELECT ... FOR UPDATE) by every transaction that reads all periods to refuse
-- an overlapping one, so that two periods opened at once are decided one after the other.
CREATE TABLE servicepolicy_service_evaluation_lock (
    name VARCHAR(32) NOT NULL,
    CONSTRAINT servicepolicy_service_evaluation_lock_pk PRIMARY KEY (name)
);
INSERT INTO servicepolicy_service_evaluation_lock (name) VALUES ('periods');

-- Periods, with optimistic locking on version.
CREATE TABLE servicepolicy_service_evaluation_period (
    id            VARCHAR(64)              NOT NULL,
    name          VARCHAR                  NOT NULL,
    period_from   DATE                     NOT NULL,
    period_to     DATE                     NOT NULL,
    zone_id       VARCHAR(64)              NOT NULL,
    whole_company BOOLEAN                  NOT NULL,
    status        VARCHAR(32)              NOT NULL,
    opened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by     VARCHAR(64)              NOT NULL,
    finalised_at  TIMESTAMP WITH TIME ZONE,
    finalised_by  VARCHAR(64),
    version       BIGINT                   NOT NULL,
    CONSTRAINT servicepolicy_service_evaluation_period_pk PRIMARY KEY (id)
);

-- The departments of a period that does not cover the whole company.
CREATE TABLE servicepolicy_service_evaluation_scope (
    period_id     VARCHAR(64) NOT NULL,
    department_id VARCHAR(64) NOT NULL,
    CONSTRAINT servicepolicy_service_evaluation_scope_pk PRIMARY KEY (period_id, department_id),
    CONSTRAINT servicepolicy_service_evaluation_scope_period_fk FOREIGN KEY (period_id)
        REFERENCES servicepolicy_service_evaluation_period (id),
    CONSTRAINT servicepolicy_service_evaluation_scope_department_fk FOREIGN KEY (department_id)
        REFERENCES servicepolicy_department (id)
);

-- Internal scores, one per period, employee and scorer role; a new score replaces the earlier.
CREATE TABLE servicepolicy_service_internal_score (
    period_id             VARCHAR(64)              NOT NULL,
    employee_id           VARCHAR(64)              NOT NULL,
    role                  VARCHAR(32)              NOT NULL,
    scorer_id             VARCHAR(64)              NOT NULL,
    customer_satisfaction INTEGER                  NOT NULL,
    efficiency            INTEGER                  NOT NULL,
    communication         INTEGER                  NOT NULL,
    attitude              INTEGER                  NOT NULL,
    scored_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT servicepolicy_service_internal_score_pk PRIMARY KEY (period_id, employee_id, role),
    CONSTRAINT servicepolicy_service_internal_score_period_fk FOREIGN KEY (period_id)
        REFERENCES servicepolicy_service_evaluation_period (id),
    CONSTRAINT servicepolicy_service_internal_score_employee_fk FOREIGN KEY (employee_id)
        REFERENCES servicepolicy_employee (id)
);

-- Results of finalised periods, append-only; a dimension without inputs has no score.
CREATE TABLE servicepolicy_service_evaluation_result (
    id                    VARCHAR(64)              NOT NULL,
    period_id             VARCHAR(64)              NOT NULL,
    period_from           DATE                     NOT NULL,
    period_to             DATE                     NOT NULL,
    employee_id           VARCHAR(64)              NOT NULL,
    department_id         VARCHAR(64)              NOT NULL,
    score                 NUMERIC(5, 2)            NOT NULL,
    band                  VARCHAR(32)              NOT NULL,
    customer_satisfaction NUMERIC(5, 2),
    efficiency            NUMERIC(5, 2),
    communication         NUMERIC(5, 2),
    attitude              NUMERIC(5, 2),
    decision_id           VARCHAR(64)              NOT NULL,
    policy_version        VARCHAR(64)              NOT NULL,
    finalised_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT servicepolicy_service_evaluation_result_pk PRIMARY KEY (id),
    CONSTRAINT servicepolicy_service_evaluation_result_once UNIQUE (period_id, employee_id),
    CONSTRAINT servicepolicy_service_evaluation_result_period_fk FOREIGN KEY (period_id)
        REFERENCES servicepolicy_service_evaluation_period (id),
    CONSTRAINT servicepolicy_service_evaluation_result_employee_fk FOREIGN KEY (employee_id)
        REFERENCES servicepolicy_employee (id)
);
CREATE INDEX servicepolicy_service_evaluation_result_employee_ix
    ON servicepolicy_service_evaluation_result (employee_id);

-- Training follow-ups of SUBSTANDARD results, for the training capability.
CREATE TABLE servicepolicy_service_training_follow_up (
    id          VARCHAR(64)              NOT NULL,
    employee_id VARCHAR(64)              NOT NULL,
    kind        VARCHAR(32)              NOT NULL,
    result_id   VARCHAR(64)              NOT NULL,
    period_id   VARCHAR(64)              NOT NULL,
    status      VARCHAR(32)              NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT servicepolicy_service_training_follow_up_pk PRIMARY KEY (id),
    CONSTRAINT servicepolicy_service_training_follow_up_employee_fk FOREIGN KEY (employee_id)
        REFERENCES servicepolicy_employee (id)
);
CREATE INDEX servicepolicy_service_training_follow_up_employee_ix
    ON servicepolicy_service_training_follow_up (employee_id);

-- The customer-score ledger, append-only; read for many employees over a period.
CREATE TABLE servicepolicy_customer_score (
    id               VARCHAR(64)              NOT NULL,
    employee_id      VARCHAR(64)              NOT NULL,
    score            INTEGER                  NOT NULL,
    source           VARCHAR(32)              NOT NULL,
    source_reference VARCHAR                  NOT NULL,
    given_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT servicepolicy_customer_score_pk PRIMARY KEY (id),
    CONSTRAINT servicepolicy_customer_score_range CHECK (score BETWEEN 1 AND 5),
    CONSTRAINT servicepolicy_customer_score_employee_fk FOREIGN KEY (employee_id)
        REFERENCES servicepolicy_employee (id)
);
CREATE INDEX servicepolicy_customer_score_employee_ix ON servicepolicy_customer_score (employee_id, given_at);
