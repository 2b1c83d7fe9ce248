-- §2.2.1: requests from an employee of one department to another department, optionally naming
-- an employee of it; the last answer and the last reason an answer was returned live in the row.
-- late_marked_at is the mark that makes a late reply one finding: set once, by whichever comes
-- first of the sweep and the late answer, and never part of the row's version.
CREATE TABLE servicepolicy_department_request (
    id              VARCHAR(64)              NOT NULL,
    requester_id    VARCHAR(64)              NOT NULL,
    from_department VARCHAR(64)              NOT NULL,
    to_department   VARCHAR(64)              NOT NULL,
    addressee_id    VARCHAR(64),
    responsible_id  VARCHAR(64)              NOT NULL,
    subject         VARCHAR(200)             NOT NULL,
    description     VARCHAR                  NOT NULL,
    asked_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    policy_version  VARCHAR(64)              NOT NULL,
    status          VARCHAR(16)              NOT NULL,
    answer          VARCHAR,
    answered_at     TIMESTAMP WITH TIME ZONE,
    answered_by     VARCHAR(64),
    returns         INTEGER                  NOT NULL,
    return_reason   VARCHAR,
    late_marked_at  TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL,
    CONSTRAINT servicepolicy_department_request_pk PRIMARY KEY (id),
    CONSTRAINT servicepolicy_department_request_requester_fk FOREIGN KEY (requester_id)
        REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_department_request_responsible_fk FOREIGN KEY (responsible_id)
        REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_department_request_from_fk FOREIGN KEY (from_department)
        REFERENCES servicepolicy_department (id),
    CONSTRAINT servicepolicy_department_request_to_fk FOREIGN KEY (to_department)
        REFERENCES servicepolicy_department (id),
    CONSTRAINT servicepolicy_department_request_departments_ck CHECK (from_department <> to_department),
    CONSTRAINT servicepolicy_department_request_answer_ck CHECK (
        (status = 'OPEN' AND answer IS NULL AND answered_at IS NULL AND answered_by IS NULL)
        OR (status <> 'OPEN' AND answer IS NOT NULL AND answered_at IS NOT NULL AND answered_by IS NOT NULL))
);
CREATE INDEX servicepolicy_department_request_from_ix ON servicepolicy_department_request (from_department, asked_at);
CREATE INDEX servicepolicy_department_request_to_ix ON servicepolicy_department_request (to_department, asked_at);
-- The sweep's question: open past due and not marked.
CREATE INDEX servicepolicy_department_request_due_ix
    ON servicepolicy_department_request (status, late_marked_at, due_at);
