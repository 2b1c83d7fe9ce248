-- §4.3.1: development plans, proposed by a superior and agreed by the employee; goals and the
-- programmes to take in child tables, in their order. A plan aims at a level, a role or both.
CREATE TABLE servicepolicy_development_plan (
    id           VARCHAR(64)              NOT NULL,
    employee_id  VARCHAR(64)              NOT NULL,
    proposed_by  VARCHAR(64)              NOT NULL,
    target_level INTEGER,
    target_role  VARCHAR(200),
    status       VARCHAR(16)              NOT NULL,
    proposed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    agreed_at    TIMESTAMP WITH TIME ZONE,
    version      BIGINT                   NOT NULL,
    CONSTRAINT servicepolicy_development_plan_pk PRIMARY KEY (id),
    CONSTRAINT servicepolicy_development_plan_employee_fk FOREIGN KEY (employee_id)
        REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_development_plan_proposed_by_fk FOREIGN KEY (proposed_by)
        REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_development_plan_target_ck CHECK (target_level IS NOT NULL OR target_role IS NOT NULL),
    -- nobody proposes their own plan
    CONSTRAINT servicepolicy_development_plan_not_own_ck CHECK (proposed_by <> employee_id)
);
CREATE INDEX servicepolicy_development_plan_employee_ix ON servicepolicy_development_plan (employee_id, proposed_at);

CREATE TABLE servicepolicy_development_plan_goal (
    plan_id    VARCHAR(64) NOT NULL,
    goal_index INTEGER     NOT NULL,
    goal       VARCHAR     NOT NULL,
    CONSTRAINT servicepolicy_development_plan_goal_pk PRIMARY KEY (plan_id, goal_index),
    CONSTRAINT servicepolicy_development_plan_goal_plan_fk FOREIGN KEY (plan_id)
        REFERENCES servicepolicy_development_plan (id)
);

CREATE TABLE servicepolicy_development_plan_programme (
    plan_id         VARCHAR(64) NOT NULL,
    programme_index INTEGER     NOT NULL,
    programme_id    VARCHAR(64) NOT NULL,
    CONSTRAINT servicepolicy_development_plan_programme_pk PRIMARY KEY (plan_id, programme_index),
    CONSTRAINT servicepolicy_development_plan_programme_plan_fk FOREIGN KEY (plan_id)
        REFERENCES servicepolicy_development_plan (id)
);

-- §4.3.2: internal selections for a position; the applications in the order made, one per
-- employee, each with where the applicant stood then; the decision about each applicant in the
-- order of the applications once HR decided.
CREATE TABLE servicepolicy_selection (
    id             VARCHAR(64)              NOT NULL,
    position_title VARCHAR(200)             NOT NULL,
    position_level INTEGER                  NOT NULL,
    department_id  VARCHAR(64)              NOT NULL,
    closes_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by      VARCHAR(64)              NOT NULL,
    opened_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status         VARCHAR(16)              NOT NULL,
    chosen_id      VARCHAR(64),
    decided_by     VARCHAR(64),
    decided_at     TIMESTAMP WITH TIME ZONE,
    version        BIGINT                   NOT NULL,
    CONSTRAINT servicepolicy_selection_pk PRIMARY KEY (id),
    CONSTRAINT servicepolicy_selection_department_fk FOREIGN KEY (department_id)
        REFERENCES servicepolicy_department (id),
    CONSTRAINT servicepolicy_selection_opened_by_fk FOREIGN KEY (opened_by)
        REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_selection_chosen_fk FOREIGN KEY (chosen_id)
        REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_selection_decided_by_fk FOREIGN KEY (decided_by)
        REFERENCES servicepolicy_employee (id),
    -- nobody chooses themself
    CONSTRAINT servicepolicy_selection_not_own_ck CHECK (chosen_id IS NULL OR decided_by <> chosen_id),
    CONSTRAINT servicepolicy_selection_decided_ck CHECK (
        (status = 'OPEN' AND chosen_id IS NULL AND decided_by IS NULL AND decided_at IS NULL)
        OR (status <> 'OPEN' AND decided_by IS NOT NULL AND decided_at IS NOT NULL))
);
CREATE INDEX servicepolicy_selection_opened_ix ON servicepolicy_selection (opened_at);

CREATE TABLE servicepolicy_selection_application (
    selection_id      VARCHAR(64)              NOT NULL,
    application_index INTEGER                  NOT NULL,
    employee_id       VARCHAR(64)              NOT NULL,
    applied_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    department_id     VARCHAR(64)              NOT NULL,
    employee_level    INTEGER                  NOT NULL,
    policy_version    VARCHAR(64)              NOT NULL,
    CONSTRAINT servicepolicy_selection_application_pk PRIMARY KEY (selection_id, application_index),
    CONSTRAINT servicepolicy_selection_application_once_uk UNIQUE (selection_id, employee_id),
    CONSTRAINT servicepolicy_selection_application_selection_fk FOREIGN KEY (selection_id)
        REFERENCES servicepolicy_selection (id),
    CONSTRAINT servicepolicy_selection_application_employee_fk FOREIGN KEY (employee_id)
        REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_selection_application_department_fk FOREIGN KEY (department_id)
        REFERENCES servicepolicy_department (id)
);
CREATE INDEX servicepolicy_selection_application_employee_ix ON servicepolicy_selection_application (employee_id);

CREATE TABLE servicepolicy_selection_decision (
    selection_id   VARCHAR(64) NOT NULL,
    decision_index INTEGER     NOT NULL,
    decision_id    VARCHAR(64) NOT NULL,
    CONSTRAINT servicepolicy_selection_decision_pk PRIMARY KEY (selection_id, decision_index),
    CONSTRAINT servicepolicy_selection_decision_selection_fk FOREIGN KEY (selection_id)
        REFERENCES servicepolicy_selection (id),
    CONSTRAINT servicepolicy_selection_decision_decision_fk FOREIGN KEY (decision_id)
        REFERENCES servicepolicy_decision (id)
);
