-- §4.1.2: requests for the sponsorship of external training and HR's decision on each. The
-- company's share and the commitment to stay exist once approved; what a leaver within the
-- commitment owes back (repayment_*) once the departure is decided, with the decision recording it.
-- A repayment is always of its own sponsorship and employee, so those are not repeated.
CREATE TABLE servicepolicy_sponsorship (
    id                          VARCHAR(64)              NOT NULL,
    employee_id                 VARCHAR(64)              NOT NULL,
    course                      VARCHAR(200)             NOT NULL,
    provider                    VARCHAR(200)             NOT NULL,
    starts_on                   DATE                     NOT NULL,
    ends_on                     DATE                     NOT NULL,
    cost_amount                 NUMERIC(19, 4)           NOT NULL,
    cost_currency               VARCHAR(3)               NOT NULL,
    requested_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    status                      VARCHAR(16)              NOT NULL,
    share_amount                NUMERIC(19, 4),
    share_currency              VARCHAR(3),
    commitment_until            DATE,
    decided_by                  VARCHAR(64),
    decided_at                  TIMESTAMP WITH TIME ZONE,
    decision_id                 VARCHAR(64),
    repayment_share_amount      NUMERIC(19, 4),
    repayment_share_currency    VARCHAR(3),
    repayment_commitment_from   DATE,
    repayment_commitment_until  DATE,
    repayment_left_on           DATE,
    repayment_unserved_days     BIGINT,
    repayment_commitment_days   BIGINT,
    repayment_owed_amount       NUMERIC(19, 4),
    repayment_owed_currency     VARCHAR(3),
    repayment_decision_id       VARCHAR(64),
    version                     BIGINT                   NOT NULL,
    CONSTRAINT servicepolicy_sponsorship_pk PRIMARY KEY (id),
    CONSTRAINT servicepolicy_sponsorship_employee_fk FOREIGN KEY (employee_id)
        REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_sponsorship_decided_by_fk FOREIGN KEY (decided_by)
        REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_sponsorship_decision_fk FOREIGN KEY (decision_id)
        REFERENCES servicepolicy_decision (id),
    CONSTRAINT servicepolicy_sponsorship_repayment_decision_fk FOREIGN KEY (repayment_decision_id)
        REFERENCES servicepolicy_decision (id),
    CONSTRAINT servicepolicy_sponsorship_dates_ck CHECK (ends_on >= starts_on),
    -- nobody decides their own request
    CONSTRAINT servicepolicy_sponsorship_not_own_ck CHECK (decided_by IS NULL OR decided_by <> employee_id),
    CONSTRAINT servicepolicy_sponsorship_decided_ck CHECK (
        (status = 'REQUESTED' AND decided_by IS NULL AND decided_at IS NULL AND decision_id IS NULL)
        OR (status <> 'REQUESTED' AND decided_by IS NOT NULL AND decided_at IS NOT NULL AND decision_id IS NOT NULL)),
    CONSTRAINT servicepolicy_sponsorship_share_ck CHECK (
        (status = 'APPROVED' AND share_amount IS NOT NULL AND share_currency IS NOT NULL)
        OR (status <> 'APPROVED' AND share_amount IS NULL AND share_currency IS NULL AND commitment_until IS NULL
            AND repayment_decision_id IS NULL)),
    CONSTRAINT servicepolicy_sponsorship_repayment_ck CHECK (
        (repayment_decision_id IS NULL AND repayment_share_amount IS NULL AND repayment_share_currency IS NULL
            AND repayment_commitment_from IS NULL AND repayment_commitment_until IS NULL
            AND repayment_left_on IS NULL AND repayment_unserved_days IS NULL AND repayment_commitment_days IS NULL
            AND repayment_owed_amount IS NULL AND repayment_owed_currency IS NULL)
        OR (repayment_decision_id IS NOT NULL AND repayment_share_amount IS NOT NULL
            AND repayment_share_currency IS NOT NULL AND repayment_commitment_from IS NOT NULL
            AND repayment_commitment_until IS NOT NULL AND repayment_left_on IS NOT NULL
            AND repayment_owed_amount IS NOT NULL AND repayment_owed_currency IS NOT NULL
            AND repayment_unserved_days > 0 AND repayment_unserved_days <= repayment_commitment_days))
);
CREATE INDEX servicepolicy_sponsorship_employee_ix ON servicepolicy_sponsorship (employee_id, requested_at);
-- HR's queue: the requests waiting for a decision.
CREATE INDEX servicepolicy_sponsorship_status_ix ON servicepolicy_sponsorship (status, requested_at);
