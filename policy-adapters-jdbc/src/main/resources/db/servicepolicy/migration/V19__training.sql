-- §4.1, §4.2: training sessions with optimistic locking on version, their attendees and the
-- attendance recorded for each; assessments and HR's retake rulings, append-only; the marks of
-- the obligations' sweep. Runs unchanged on PostgreSQL and H2 2.x.
CREATE TABLE servicepolicy_training_session (
    id              VARCHAR(64)              NOT NULL,
    -- the programme's id in the policy, e.g. NEW_HIRE_SERVICE
    programme       VARCHAR(64)              NOT NULL,
    starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- exactly one of the training employee and the outside expert's name; the trainer is
    -- checked when the session is scheduled, and a session outlives its trainer's record
    trainer_id      VARCHAR(64),
    outside_trainer VARCHAR(200),
    scheduled_by    VARCHAR(64)              NOT NULL,
    scheduled_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT                   NOT NULL,
    CONSTRAINT servicepolicy_training_session_pk PRIMARY KEY (id),
    CONSTRAINT servicepolicy_training_session_scheduler_fk FOREIGN KEY (scheduled_by)
        REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_training_session_trainer_ck CHECK (
        (trainer_id IS NULL AND outside_trainer IS NOT NULL) OR (trainer_id IS NOT NULL AND outside_trainer IS NULL))
);
CREATE INDEX servicepolicy_training_session_trainer_ix ON servicepolicy_training_session (trainer_id, starts_at);

-- The attendees of a session in the order scheduled, each once, with the attendance recorded
-- for them (NULL until it is).
CREATE TABLE servicepolicy_training_attendee (
    session_id     VARCHAR(64) NOT NULL,
    attendee_index INTEGER     NOT NULL,
    employee_id    VARCHAR(64) NOT NULL,
    attendance     VARCHAR(16),
    CONSTRAINT servicepolicy_training_attendee_pk PRIMARY KEY (session_id, attendee_index),
    CONSTRAINT servicepolicy_training_attendee_once UNIQUE (session_id, employee_id),
    CONSTRAINT servicepolicy_training_attendee_session_fk FOREIGN KEY (session_id)
        REFERENCES servicepolicy_training_session (id),
    CONSTRAINT servicepolicy_training_attendee_employee_fk FOREIGN KEY (employee_id)
        REFERENCES servicepolicy_employee (id)
);
-- An employee's sessions.
CREATE INDEX servicepolicy_training_attendee_employee_ix ON servicepolicy_training_attendee (employee_id);

-- Each attendee's score at a session, once per session: a pass is a completion, current until
-- expires_at where the programme recurs; a fail counts an attempt.
CREATE TABLE servicepolicy_training_assessment (
    id          VARCHAR(64)              NOT NULL,
    session_id  VARCHAR(64)              NOT NULL,
    employee_id VARCHAR(64)              NOT NULL,
    programme   VARCHAR(64)              NOT NULL,
    score       INTEGER                  NOT NULL,
    pass_mark   INTEGER                  NOT NULL,
    passed      BOOLEAN                  NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by VARCHAR(64)              NOT NULL,
    CONSTRAINT servicepolicy_training_assessment_pk PRIMARY KEY (id),
    CONSTRAINT servicepolicy_training_assessment_once UNIQUE (session_id, employee_id),
    CONSTRAINT servicepolicy_training_assessment_employee_fk FOREIGN KEY (employee_id)
        REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_training_assessment_recorder_fk FOREIGN KEY (recorded_by)
        REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_training_assessment_score_ck CHECK (score BETWEEN 0 AND 100
        AND pass_mark BETWEEN 0 AND 100),
    CONSTRAINT servicepolicy_training_assessment_expiry_ck CHECK (passed OR expires_at IS NULL)
);
CREATE INDEX servicepolicy_training_assessment_employee_ix
    ON servicepolicy_training_assessment (employee_id, recorded_at, id);

-- HR's decisions about trainees who used every retake of a programme.
CREATE TABLE servicepolicy_training_retake_ruling (
    id          VARCHAR(64)              NOT NULL,
    employee_id VARCHAR(64)              NOT NULL,
    programme   VARCHAR(64)              NOT NULL,
    outcome     VARCHAR(16)              NOT NULL,
    note        VARCHAR                  NOT NULL,
    decision_id VARCHAR(64)              NOT NULL,
    decided_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by  VARCHAR(64)              NOT NULL,
    CONSTRAINT servicepolicy_training_retake_ruling_pk PRIMARY KEY (id),
    CONSTRAINT servicepolicy_training_retake_ruling_employee_fk FOREIGN KEY (employee_id)
        REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_training_retake_ruling_decision_fk FOREIGN KEY (decision_id)
        REFERENCES servicepolicy_decision (id),
    CONSTRAINT servicepolicy_training_retake_ruling_decider_fk FOREIGN KEY (decided_by)
        REFERENCES servicepolicy_employee (id)
);
CREATE INDEX servicepolicy_training_retake_ruling_employee_ix
    ON servicepolicy_training_retake_ruling (employee_id, decided_at, id);

-- Each reminder and overdue obligation of an employee the sweep marked, once: the primary key is
-- what keeps two sweeps from both marking it. Apart from every version, so marking never
-- conflicts with recording a session.
CREATE TABLE servicepolicy_training_mark (
    employee_id VARCHAR(64)              NOT NULL,
    mark_key    VARCHAR(300)             NOT NULL,
    marked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT servicepolicy_training_mark_pk PRIMARY KEY (employee_id, mark_key),
    CONSTRAINT servicepolicy_training_mark_employee_fk FOREIGN KEY (employee_id)
        REFERENCES servicepolicy_employee (id)
);
