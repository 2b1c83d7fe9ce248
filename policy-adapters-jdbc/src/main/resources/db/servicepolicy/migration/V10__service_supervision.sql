-- §2.3.1: observations of the service supervision group, append-only.
CREATE TABLE servicepolicy_observation (
    id              VARCHAR(64)              NOT NULL,
    standard        VARCHAR(64)              NOT NULL,
    method          VARCHAR(32)              NOT NULL,
    outcome         VARCHAR(32)              NOT NULL,
    -- NULL for a conforming observation
    severity        VARCHAR(32),
    severity_reason VARCHAR,
    evidence        VARCHAR                  NOT NULL,
    observed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by     VARCHAR(64)              NOT NULL,
    policy_version  VARCHAR(64)              NOT NULL,
    CONSTRAINT servicepolicy_observation_pk PRIMARY KEY (id),
    CONSTRAINT servicepolicy_observation_recorder_fk FOREIGN KEY (recorded_by)
        REFERENCES servicepolicy_employee (id)
);

-- The employees an observation concerns.
CREATE TABLE servicepolicy_observation_employee (
    observation_id VARCHAR(64) NOT NULL,
    employee_id    VARCHAR(64) NOT NULL,
    CONSTRAINT servicepolicy_observation_employee_pk PRIMARY KEY (observation_id, employee_id),
    CONSTRAINT servicepolicy_observation_employee_observation_fk FOREIGN KEY (observation_id)
        REFERENCES servicepolicy_observation (id),
    CONSTRAINT servicepolicy_observation_employee_employee_fk FOREIGN KEY (employee_id)
        REFERENCES servicepolicy_employee (id)
);

-- Findings in employees' service records, append-only; read per employee.
CREATE TABLE servicepolicy_service_finding (
    id          VARCHAR(64)              NOT NULL,
    employee_id VARCHAR(64)              NOT NULL,
    standard    VARCHAR(64)              NOT NULL,
    severity    VARCHAR(32)              NOT NULL,
    observed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    source      VARCHAR(32)              NOT NULL,
    source_id   VARCHAR(64)              NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT servicepolicy_service_finding_pk PRIMARY KEY (id),
    CONSTRAINT servicepolicy_service_finding_employee_fk FOREIGN KEY (employee_id)
        REFERENCES servicepolicy_employee (id)
);
CREATE INDEX servicepolicy_service_finding_employee_ix ON servicepolicy_service_finding (employee_id, observed_at);
