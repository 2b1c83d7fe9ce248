-- servicepolicy schema, version 2: work assignments (§3.1) and the marks of the sweep.
-- Runs unchanged on PostgreSQL and H2 2.x. A task is one aggregate: the task row, versioned for
-- optimistic locking, and its lists, one child table each, keyed by (task id, number). Entries
-- are only appended; an existing one changes only by gaining its ruling, decision or answer.

CREATE TABLE servicepolicy_task (
    id                VARCHAR(64)              NOT NULL,
    title             VARCHAR                  NOT NULL,
    -- no foreign key: whoever holds the HR role may assign, employee or not
    assigner_id       VARCHAR(64)              NOT NULL,
    assignee_id       VARCHAR(64)              NOT NULL,
    policy_version    VARCHAR(64)              NOT NULL,
    -- a java.time.Period in ISO-8601 (P7D); null when no progress reports are due
    progress_interval VARCHAR(40),
    -- copies of the first and the last status entered, for ordering and for queries by status
    assigned_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    status            VARCHAR(32)              NOT NULL,
    version           BIGINT                   NOT NULL,
    CONSTRAINT servicepolicy_task_pk PRIMARY KEY (id),
    CONSTRAINT servicepolicy_task_assignee_fk FOREIGN KEY (assignee_id)
        REFERENCES servicepolicy_employee (id)
);
CREATE INDEX servicepolicy_task_assignee_ix ON servicepolicy_task (assignee_id, assigned_at);
CREATE INDEX servicepolicy_task_assigner_ix ON servicepolicy_task (assigner_id, assigned_at);
CREATE INDEX servicepolicy_task_status_ix ON servicepolicy_task (status, assigned_at);

-- The people and the departments copied on the task's completion (§3.1.3), in the order given.
CREATE TABLE servicepolicy_task_copied_employee (
    task_id     VARCHAR(64) NOT NULL,
    copy_number INTEGER     NOT NULL,
    employee_id VARCHAR(64) NOT NULL,
    CONSTRAINT servicepolicy_task_copied_employee_pk PRIMARY KEY (task_id, copy_number),
    CONSTRAINT servicepolicy_task_copied_employee_task_fk FOREIGN KEY (task_id)
        REFERENCES servicepolicy_task (id),
    CONSTRAINT servicepolicy_task_copied_employee_employee_fk FOREIGN KEY (employee_id)
        REFERENCES servicepolicy_employee (id)
);

CREATE TABLE servicepolicy_task_copied_department (
    task_id       VARCHAR(64) NOT NULL,
    copy_number   INTEGER     NOT NULL,
    department_id VARCHAR(64) NOT NULL,
    CONSTRAINT servicepolicy_task_copied_department_pk PRIMARY KEY (task_id, copy_number),
    CONSTRAINT servicepolicy_task_copied_department_task_fk FOREIGN KEY (task_id)
        REFERENCES servicepolicy_task (id),
    CONSTRAINT servicepolicy_task_copied_department_department_fk FOREIGN KEY (department_id)
        REFERENCES servicepolicy_department (id)
);

-- Every version of the terms (§3.1.1, §3.1.2): 1 from the assignment, then one per approved adjustment.
CREATE TABLE servicepolicy_task_terms (
    task_id           VARCHAR(64)              NOT NULL,
    terms_version     INTEGER                  NOT NULL,
    objective         VARCHAR                  NOT NULL,
    quality_standard  VARCHAR                  NOT NULL,
    deadline          TIMESTAMP WITH TIME ZONE NOT NULL,
    effective_from    TIMESTAMP WITH TIME ZONE NOT NULL,
    set_by            VARCHAR(64)              NOT NULL,
    adjustment_number INTEGER,
    CONSTRAINT servicepolicy_task_terms_pk PRIMARY KEY (task_id, terms_version),
    CONSTRAINT servicepolicy_task_terms_task_fk FOREIGN KEY (task_id)
        REFERENCES servicepolicy_task (id)
);

CREATE TABLE servicepolicy_task_requirement (
    task_id            VARCHAR(64) NOT NULL,
    terms_version      INTEGER     NOT NULL,
    requirement_number INTEGER     NOT NULL,
    requirement        VARCHAR     NOT NULL,
    CONSTRAINT servicepolicy_task_requirement_pk PRIMARY KEY (task_id, terms_version, requirement_number),
    CONSTRAINT servicepolicy_task_requirement_terms_fk FOREIGN KEY (task_id, terms_version)
        REFERENCES servicepolicy_task_terms (task_id, terms_version)
);

-- Every status the task entered, oldest first; the last is its status.
CREATE TABLE servicepolicy_task_transition (
    task_id           VARCHAR(64)              NOT NULL,
    transition_number INTEGER                  NOT NULL,
    status            VARCHAR(32)              NOT NULL,
    transition_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id          VARCHAR(64)              NOT NULL,
    note              VARCHAR,
    CONSTRAINT servicepolicy_task_transition_pk PRIMARY KEY (task_id, transition_number),
    CONSTRAINT servicepolicy_task_transition_task_fk FOREIGN KEY (task_id)
        REFERENCES servicepolicy_task (id)
);

-- Refusals (§3.1.1) and the assigner's ruling, present once given; an unjustified one names its violation.
CREATE TABLE servicepolicy_task_refusal (
    task_id        VARCHAR(64)              NOT NULL,
    refusal_number INTEGER                  NOT NULL,
    refused_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    reason         VARCHAR                  NOT NULL,
    justified      BOOLEAN,
    ruled_at       TIMESTAMP WITH TIME ZONE,
    ruled_by       VARCHAR(64),
    ruling_comment VARCHAR,
    violation_id   VARCHAR(64),
    CONSTRAINT servicepolicy_task_refusal_pk PRIMARY KEY (task_id, refusal_number),
    CONSTRAINT servicepolicy_task_refusal_task_fk FOREIGN KEY (task_id)
        REFERENCES servicepolicy_task (id),
    CONSTRAINT servicepolicy_task_refusal_violation_fk FOREIGN KEY (violation_id)
        REFERENCES servicepolicy_violation (id),
    CONSTRAINT servicepolicy_task_refusal_ruling_ck CHECK (
        (justified IS NULL AND ruled_at IS NULL AND ruled_by IS NULL AND ruling_comment IS NULL
            AND violation_id IS NULL)
        OR (justified IS NOT NULL AND ruled_at IS NOT NULL AND ruled_by IS NOT NULL AND ruling_comment IS NOT NULL))
);

-- Adjustment requests (§3.1.1) and what became of them, present once decided or lapsed.
CREATE TABLE servicepolicy_task_adjustment (
    task_id              VARCHAR(64)              NOT NULL,
    adjustment_number    INTEGER                  NOT NULL,
    requested_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    new_deadline         TIMESTAMP WITH TIME ZONE,
    reason               VARCHAR                  NOT NULL,
    proposed_alternative VARCHAR                  NOT NULL,
    late                 BOOLEAN                  NOT NULL,
    policy_version       VARCHAR(64)              NOT NULL,
    outcome              VARCHAR(32),
    decided_at           TIMESTAMP WITH TIME ZONE,
    decided_by           VARCHAR(64),
    decision_reason      VARCHAR,
    -- the terms version an approval produced
    terms_version        INTEGER,
    CONSTRAINT servicepolicy_task_adjustment_pk PRIMARY KEY (task_id, adjustment_number),
    CONSTRAINT servicepolicy_task_adjustment_task_fk FOREIGN KEY (task_id)
        REFERENCES servicepolicy_task (id),
    CONSTRAINT servicepolicy_task_adjustment_decision_ck CHECK (
        (outcome IS NULL AND decided_at IS NULL AND decided_by IS NULL AND decision_reason IS NULL
            AND terms_version IS NULL)
        OR (outcome IS NOT NULL AND decided_at IS NOT NULL AND decided_by IS NOT NULL
            AND decision_reason IS NOT NULL))
);

-- The requirements an adjustment asks for; none when it asks only for a new deadline.
CREATE TABLE servicepolicy_task_adjustment_requirement (
    task_id            VARCHAR(64) NOT NULL,
    adjustment_number  INTEGER     NOT NULL,
    requirement_number INTEGER     NOT NULL,
    requirement        VARCHAR     NOT NULL,
    CONSTRAINT servicepolicy_task_adjustment_requirement_pk
        PRIMARY KEY (task_id, adjustment_number, requirement_number),
    CONSTRAINT servicepolicy_task_adjustment_requirement_adjustment_fk FOREIGN KEY (task_id, adjustment_number)
        REFERENCES servicepolicy_task_adjustment (task_id, adjustment_number)
);

-- Progress reports (§3.1.2) and the blockers each names.
CREATE TABLE servicepolicy_task_progress_report (
    task_id       VARCHAR(64)              NOT NULL,
    report_number INTEGER                  NOT NULL,
    reported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    report_text   VARCHAR                  NOT NULL,
    percent_done  INTEGER                  NOT NULL,
    CONSTRAINT servicepolicy_task_progress_report_pk PRIMARY KEY (task_id, report_number),
    CONSTRAINT servicepolicy_task_progress_report_task_fk FOREIGN KEY (task_id)
        REFERENCES servicepolicy_task (id)
);

CREATE TABLE servicepolicy_task_progress_blocker (
    task_id        VARCHAR(64) NOT NULL,
    report_number  INTEGER     NOT NULL,
    blocker_number INTEGER     NOT NULL,
    blocker        VARCHAR     NOT NULL,
    CONSTRAINT servicepolicy_task_progress_blocker_pk PRIMARY KEY (task_id, report_number, blocker_number),
    CONSTRAINT servicepolicy_task_progress_blocker_report_fk FOREIGN KEY (task_id, report_number)
        REFERENCES servicepolicy_task_progress_report (task_id, report_number)
);

-- Escalations (§3.1.2) and the superior's answer, present once given.
CREATE TABLE servicepolicy_task_escalation (
    task_id           VARCHAR(64)              NOT NULL,
    escalation_number INTEGER                  NOT NULL,
    raised_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    issue             VARCHAR                  NOT NULL,
    answered_at       TIMESTAMP WITH TIME ZONE,
    answered_by       VARCHAR(64),
    answer            VARCHAR,
    CONSTRAINT servicepolicy_task_escalation_pk PRIMARY KEY (task_id, escalation_number),
    CONSTRAINT servicepolicy_task_escalation_task_fk FOREIGN KEY (task_id)
        REFERENCES servicepolicy_task (id),
    CONSTRAINT servicepolicy_task_escalation_answer_ck CHECK (
        (answered_at IS NULL AND answered_by IS NULL AND answer IS NULL)
        OR (answered_at IS NOT NULL AND answered_by IS NOT NULL AND answer IS NOT NULL))
);
-- Finds the open escalations without reading the answered ones.
CREATE INDEX servicepolicy_task_escalation_open_ix ON servicepolicy_task_escalation (answered_at, task_id);

-- Completion reports (§3.1.3) and the self-check of every requirement, in requirement order.
CREATE TABLE servicepolicy_task_completion (
    task_id           VARCHAR(64)              NOT NULL,
    completion_number INTEGER                  NOT NULL,
    submitted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    terms_version     INTEGER                  NOT NULL,
    summary           VARCHAR                  NOT NULL,
    late              BOOLEAN                  NOT NULL,
    CONSTRAINT servicepolicy_task_completion_pk PRIMARY KEY (task_id, completion_number),
    CONSTRAINT servicepolicy_task_completion_task_fk FOREIGN KEY (task_id)
        REFERENCES servicepolicy_task (id)
);

CREATE TABLE servicepolicy_task_requirement_check (
    task_id            VARCHAR(64) NOT NULL,
    completion_number  INTEGER     NOT NULL,
    check_number       INTEGER     NOT NULL,
    requirement_number INTEGER     NOT NULL,
    met                BOOLEAN     NOT NULL,
    note               VARCHAR     NOT NULL,
    CONSTRAINT servicepolicy_task_requirement_check_pk PRIMARY KEY (task_id, completion_number, check_number),
    CONSTRAINT servicepolicy_task_requirement_check_completion_fk FOREIGN KEY (task_id, completion_number)
        REFERENCES servicepolicy_task_completion (task_id, completion_number)
);

-- The assigner's reviews of completion reports (§3.1.3).
CREATE TABLE servicepolicy_task_review (
    task_id           VARCHAR(64)              NOT NULL,
    review_number     INTEGER                  NOT NULL,
    completion_number INTEGER                  NOT NULL,
    reviewed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    reviewed_by       VARCHAR(64)              NOT NULL,
    outcome           VARCHAR(32)              NOT NULL,
    quality_score     INTEGER,
    comments          VARCHAR                  NOT NULL,
    CONSTRAINT servicepolicy_task_review_pk PRIMARY KEY (task_id, review_number),
    CONSTRAINT servicepolicy_task_review_task_fk FOREIGN KEY (task_id)
        REFERENCES servicepolicy_task (id)
);

-- What the sweep found, at most once per (task, kind, number): the primary key is what makes
-- two instances sweeping at once record each fact once. Kept apart from the task row, so that
-- marking never conflicts with the commands of the assignee or the assigner.
CREATE TABLE servicepolicy_task_sweep_mark (
    task_id     VARCHAR(64)              NOT NULL,
    mark_kind   VARCHAR(32)              NOT NULL,
    mark_number INTEGER                  NOT NULL,
    due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    marked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    -- the order of recording, which marks(task) follows
    mark_order  BIGINT GENERATED BY DEFAULT AS IDENTITY,
    CONSTRAINT servicepolicy_task_sweep_mark_pk PRIMARY KEY (task_id, mark_kind, mark_number),
    CONSTRAINT servicepolicy_task_sweep_mark_order_uq UNIQUE (mark_order),
    CONSTRAINT servicepolicy_task_sweep_mark_task_fk FOREIGN KEY (task_id)
        REFERENCES servicepolicy_task (id)
);
