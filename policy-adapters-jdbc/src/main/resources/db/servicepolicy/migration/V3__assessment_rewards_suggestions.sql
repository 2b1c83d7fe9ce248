-- servicepolicy schema, version 3: compliance assessment cycles, evaluations and grades
-- (§3.3.1), rewards (§3.3.2, §5.2.1) and employee suggestions (§5.2.1).
-- Runs unchanged on PostgreSQL and H2 2.x. Cycles, rewards and suggestions carry a version
-- column for optimistic locking; evaluations and grades are append-only.

-- One row, locked (SELECT ... FOR UPDATE) by every transaction that reads all cycles to check
-- for overlaps before adding one, so that two such transactions run one after the other.
CREATE TABLE servicepolicy_assessment_lock (
    name VARCHAR(64) NOT NULL,
    CONSTRAINT servicepolicy_assessment_lock_pk PRIMARY KEY (name)
);
INSERT INTO servicepolicy_assessment_lock (name) VALUES ('cycles');

CREATE TABLE servicepolicy_assessment_cycle (
    id            VARCHAR(64)              NOT NULL,
    name          VARCHAR                  NOT NULL,
    period_from   DATE                     NOT NULL,
    period_to     DATE                     NOT NULL,
    -- the java.time.ZoneId in which the days are counted: a region or an offset
    zone_id       VARCHAR(64)              NOT NULL,
    -- true for the whole company; otherwise the departments are in servicepolicy_assessment_scope
    whole_company BOOLEAN                  NOT NULL,
    status        VARCHAR(32)              NOT NULL,
    opened_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by     VARCHAR(64)              NOT NULL,
    finalized_at  TIMESTAMP WITH TIME ZONE,
    finalized_by  VARCHAR(64),
    version       BIGINT                   NOT NULL,
    CONSTRAINT servicepolicy_assessment_cycle_pk PRIMARY KEY (id),
    CONSTRAINT servicepolicy_assessment_cycle_period_ck CHECK (period_from <= period_to),
    CONSTRAINT servicepolicy_assessment_cycle_finalized_ck CHECK ((finalized_at IS NULL) = (finalized_by IS NULL))
);
CREATE INDEX servicepolicy_assessment_cycle_period_ix ON servicepolicy_assessment_cycle (period_from, id);

-- The departments a cycle covers, when it does not cover the whole company.
CREATE TABLE servicepolicy_assessment_scope (
    cycle_id      VARCHAR(64) NOT NULL,
    department_id VARCHAR(64) NOT NULL,
    CONSTRAINT servicepolicy_assessment_scope_pk PRIMARY KEY (cycle_id, department_id),
    CONSTRAINT servicepolicy_assessment_scope_cycle_fk FOREIGN KEY (cycle_id)
        REFERENCES servicepolicy_assessment_cycle (id),
    CONSTRAINT servicepolicy_assessment_scope_department_fk FOREIGN KEY (department_id)
        REFERENCES servicepolicy_department (id)
);

CREATE TABLE servicepolicy_evaluation (
    id                   VARCHAR(64)              NOT NULL,
    cycle_id             VARCHAR(64)              NOT NULL,
    evaluated_id         VARCHAR(64)              NOT NULL,
    evaluator_id         VARCHAR(64)              NOT NULL,
    evaluator_role       VARCHAR(32)              NOT NULL,
    task_acceptance      INTEGER                  NOT NULL,
    task_execution       INTEGER                  NOT NULL,
    rules_and_discipline INTEGER                  NOT NULL,
    evaluation_comment   VARCHAR                  NOT NULL,
    submitted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT servicepolicy_evaluation_pk PRIMARY KEY (id),
    -- an evaluator evaluates a person once per cycle (§3.3.1)
    CONSTRAINT servicepolicy_evaluation_evaluator_uq UNIQUE (cycle_id, evaluated_id, evaluator_id),
    CONSTRAINT servicepolicy_evaluation_cycle_fk FOREIGN KEY (cycle_id)
        REFERENCES servicepolicy_assessment_cycle (id),
    CONSTRAINT servicepolicy_evaluation_evaluated_fk FOREIGN KEY (evaluated_id)
        REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_evaluation_evaluator_fk FOREIGN KEY (evaluator_id)
        REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_evaluation_scores_ck CHECK (
        task_acceptance BETWEEN 0 AND 100 AND task_execution BETWEEN 0 AND 100
        AND rules_and_discipline BETWEEN 0 AND 100)
);
-- a cycle's evaluations, and one employee's in a cycle, in the order the store lists them
CREATE INDEX servicepolicy_evaluation_cycle_ix
    ON servicepolicy_evaluation (cycle_id, evaluated_id, submitted_at, id);

-- Finalized grades (§3.3.1). Scores carry the two decimals the grade rule rounds to; the salary
-- recommendation is kept as text so that the scale the policy gave it comes back exactly.
CREATE TABLE servicepolicy_cycle_grade (
    cycle_id             VARCHAR(64)              NOT NULL,
    employee_id          VARCHAR(64)              NOT NULL,
    department_id        VARCHAR(64)              NOT NULL,
    period_from          DATE                     NOT NULL,
    period_to            DATE                     NOT NULL,
    grade                VARCHAR(32)              NOT NULL,
    total                NUMERIC(5, 2)            NOT NULL,
    task_acceptance      NUMERIC(5, 2)            NOT NULL,
    task_execution       NUMERIC(5, 2)            NOT NULL,
    rules_and_discipline NUMERIC(5, 2)            NOT NULL,
    salary_adjustment    VARCHAR(40)              NOT NULL,
    decision_id          VARCHAR(64)              NOT NULL,
    policy_version       VARCHAR(64)              NOT NULL,
    finalized_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    -- one grade per employee and cycle; also the order of a cycle's grades
    CONSTRAINT servicepolicy_cycle_grade_pk PRIMARY KEY (cycle_id, employee_id),
    CONSTRAINT servicepolicy_cycle_grade_cycle_fk FOREIGN KEY (cycle_id)
        REFERENCES servicepolicy_assessment_cycle (id),
    CONSTRAINT servicepolicy_cycle_grade_employee_fk FOREIGN KEY (employee_id)
        REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_cycle_grade_department_fk FOREIGN KEY (department_id)
        REFERENCES servicepolicy_department (id),
    CONSTRAINT servicepolicy_cycle_grade_decision_fk FOREIGN KEY (decision_id)
        REFERENCES servicepolicy_decision (id),
    CONSTRAINT servicepolicy_cycle_grade_scores_ck CHECK (
        total BETWEEN 0 AND 100 AND task_acceptance BETWEEN 0 AND 100 AND task_execution BETWEEN 0 AND 100
        AND rules_and_discipline BETWEEN 0 AND 100)
);
-- an employee's grades, oldest period first
CREATE INDEX servicepolicy_cycle_grade_employee_ix ON servicepolicy_cycle_grade (employee_id, period_to, cycle_id);

CREATE TABLE servicepolicy_reward (
    id             VARCHAR(64)              NOT NULL,
    employee_id    VARCHAR(64)              NOT NULL,
    rule_id        VARCHAR(64)              NOT NULL,
    trigger_name   VARCHAR(100)             NOT NULL,
    -- the occurrence of the trigger, e.g. cycle:2026-Q4 or suggestion:s-1
    source         VARCHAR(200)             NOT NULL,
    -- comma-separated RewardKind names, never empty
    kinds          VARCHAR(200)             NOT NULL,
    bonus_amount   NUMERIC(19, 4),
    bonus_currency VARCHAR(3),
    citation       VARCHAR                  NOT NULL,
    decision_id    VARCHAR(64)              NOT NULL,
    -- copies of the first and the last transition, for ordering and for queries by status
    proposed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status         VARCHAR(32)              NOT NULL,
    version        BIGINT                   NOT NULL,
    CONSTRAINT servicepolicy_reward_pk PRIMARY KEY (id),
    -- one reward per rule and trigger occurrence, however often the trigger is replayed (§3.3.2)
    CONSTRAINT servicepolicy_reward_key_uq UNIQUE (employee_id, rule_id, trigger_name, source),
    CONSTRAINT servicepolicy_reward_employee_fk FOREIGN KEY (employee_id)
        REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_reward_decision_fk FOREIGN KEY (decision_id)
        REFERENCES servicepolicy_decision (id),
    CONSTRAINT servicepolicy_reward_bonus_ck CHECK ((bonus_amount IS NULL) = (bonus_currency IS NULL))
);
CREATE INDEX servicepolicy_reward_employee_ix ON servicepolicy_reward (employee_id, proposed_at, id);
CREATE INDEX servicepolicy_reward_proposed_ix ON servicepolicy_reward (proposed_at, id);

-- A reward's history, oldest first.
CREATE TABLE servicepolicy_reward_transition (
    reward_id        VARCHAR(64)              NOT NULL,
    transition_index INTEGER                  NOT NULL,
    status           VARCHAR(32)              NOT NULL,
    transition_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id         VARCHAR(64)              NOT NULL,
    reason           VARCHAR,
    CONSTRAINT servicepolicy_reward_transition_pk PRIMARY KEY (reward_id, transition_index),
    CONSTRAINT servicepolicy_reward_transition_reward_fk FOREIGN KEY (reward_id)
        REFERENCES servicepolicy_reward (id)
);

CREATE TABLE servicepolicy_suggestion (
    id              VARCHAR(64)              NOT NULL,
    author_id       VARCHAR(64)              NOT NULL,
    title           VARCHAR                  NOT NULL,
    suggestion_text VARCHAR                  NOT NULL,
    area            VARCHAR(32)              NOT NULL,
    reviewer_id     VARCHAR(64),
    -- copies of the first and the last transition, for ordering and for queries by status
    submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(32)              NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT servicepolicy_suggestion_pk PRIMARY KEY (id),
    CONSTRAINT servicepolicy_suggestion_author_fk FOREIGN KEY (author_id)
        REFERENCES servicepolicy_employee (id)
);
CREATE INDEX servicepolicy_suggestion_submitted_ix ON servicepolicy_suggestion (submitted_at, id);
CREATE INDEX servicepolicy_suggestion_author_ix ON servicepolicy_suggestion (author_id);

-- A suggestion's history, oldest first.
CREATE TABLE servicepolicy_suggestion_transition (
    suggestion_id    VARCHAR(64)              NOT NULL,
    transition_index INTEGER                  NOT NULL,
    status           VARCHAR(32)              NOT NULL,
    transition_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id         VARCHAR(64)              NOT NULL,
    note             VARCHAR,
    CONSTRAINT servicepolicy_suggestion_transition_pk PRIMARY KEY (suggestion_id, transition_index),
    CONSTRAINT servicepolicy_suggestion_transition_suggestion_fk FOREIGN KEY (suggestion_id)
        REFERENCES servicepolicy_suggestion (id)
);
