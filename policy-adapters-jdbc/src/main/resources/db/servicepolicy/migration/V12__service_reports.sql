-- §2.3.1: employees' reports of service problems, ruled once by the service supervision group.
-- Runs unchanged on PostgreSQL and H2 2.x. A report carries a version: of two rulings at once,
-- the second finds the version moved on and is a conflict.
CREATE TABLE servicepolicy_service_report (
    id                VARCHAR(64)              NOT NULL,
    reporter_id       VARCHAR(64)              NOT NULL,
    addressed_to      VARCHAR(32)              NOT NULL,
    -- the reporter's superior, for a report addressed to them
    superior_id       VARCHAR(64),
    subject_kind      VARCHAR(32)              NOT NULL,
    -- an employee id, a department id, or a process in words
    subject_reference VARCHAR(200)             NOT NULL,
    standard          VARCHAR(64),
    description       VARCHAR                  NOT NULL,
    happened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    reported_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    status            VARCHAR(32)              NOT NULL,
    -- the ruling, all NULL while the report is OPEN
    ruled_at          TIMESTAMP WITH TIME ZONE,
    ruled_by          VARCHAR(64),
    ruling_note       VARCHAR,
    ruling_standard   VARCHAR(64),
    finding_severity  VARCHAR(32),
    finding_id        VARCHAR(64),
    version           BIGINT                   NOT NULL,
    CONSTRAINT servicepolicy_service_report_pk PRIMARY KEY (id),
    CONSTRAINT servicepolicy_service_report_reporter_fk FOREIGN KEY (reporter_id)
        REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_service_report_superior_fk FOREIGN KEY (superior_id)
        REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_service_report_ruler_fk FOREIGN KEY (ruled_by)
        REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_service_report_finding_fk FOREIGN KEY (finding_id)
        REFERENCES servicepolicy_service_finding (id)
);
CREATE INDEX servicepolicy_service_report_reported_ix ON servicepolicy_service_report (reported_at, id);
CREATE INDEX servicepolicy_service_report_reporter_ix ON servicepolicy_service_report (reporter_id);
CREATE INDEX servicepolicy_service_report_superior_ix ON servicepolicy_service_report (superior_id);
