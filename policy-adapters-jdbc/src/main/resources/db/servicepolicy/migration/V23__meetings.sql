-- §5.1.2, §2.2.2: regular meetings, with the departments they are held for, their invitees and the
-- attendance recorded after them in child tables; the position columns keep each list in the order
-- the meeting holds it.
CREATE TABLE servicepolicy_meeting (
    id             VARCHAR(64)              NOT NULL,
    kind           VARCHAR(32)              NOT NULL,
    title          VARCHAR(200)             NOT NULL,
    owner_id       VARCHAR(64)              NOT NULL,
    starts_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    compulsory     BOOLEAN                  NOT NULL,
    scheduled_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    policy_version VARCHAR(64)              NOT NULL,
    minutes        VARCHAR,
    minutes_at     TIMESTAMP WITH TIME ZONE,
    version        BIGINT                   NOT NULL,
    CONSTRAINT servicepolicy_meeting_pk PRIMARY KEY (id),
    CONSTRAINT servicepolicy_meeting_owner_fk FOREIGN KEY (owner_id) REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_meeting_minutes_ck CHECK ((minutes IS NULL) = (minutes_at IS NULL))
);
CREATE INDEX servicepolicy_meeting_owner_ix ON servicepolicy_meeting (owner_id);

CREATE TABLE servicepolicy_meeting_department (
    meeting_id       VARCHAR(64) NOT NULL,
    department_index INTEGER     NOT NULL,
    department_id    VARCHAR(64) NOT NULL,
    CONSTRAINT servicepolicy_meeting_department_pk PRIMARY KEY (meeting_id, department_id),
    CONSTRAINT servicepolicy_meeting_department_meeting_fk FOREIGN KEY (meeting_id)
        REFERENCES servicepolicy_meeting (id),
    CONSTRAINT servicepolicy_meeting_department_department_fk FOREIGN KEY (department_id)
        REFERENCES servicepolicy_department (id)
);

CREATE TABLE servicepolicy_meeting_invitee (
    meeting_id    VARCHAR(64) NOT NULL,
    invitee_index INTEGER     NOT NULL,
    employee_id   VARCHAR(64) NOT NULL,
    CONSTRAINT servicepolicy_meeting_invitee_pk PRIMARY KEY (meeting_id, employee_id),
    CONSTRAINT servicepolicy_meeting_invitee_meeting_fk FOREIGN KEY (meeting_id)
        REFERENCES servicepolicy_meeting (id),
    CONSTRAINT servicepolicy_meeting_invitee_employee_fk FOREIGN KEY (employee_id)
        REFERENCES servicepolicy_employee (id)
);
-- "The meetings an employee is invited to" reads by employee.
CREATE INDEX servicepolicy_meeting_invitee_employee_ix ON servicepolicy_meeting_invitee (employee_id);

-- One mark per invitee: the primary key refuses a second.
CREATE TABLE servicepolicy_meeting_attendance (
    meeting_id  VARCHAR(64)              NOT NULL,
    mark_index  INTEGER                  NOT NULL,
    invitee_id  VARCHAR(64)              NOT NULL,
    attendance  VARCHAR(16)              NOT NULL,
    recorded_by VARCHAR(64)              NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT servicepolicy_meeting_attendance_pk PRIMARY KEY (meeting_id, invitee_id),
    CONSTRAINT servicepolicy_meeting_attendance_invitee_fk FOREIGN KEY (meeting_id, invitee_id)
        REFERENCES servicepolicy_meeting_invitee (meeting_id, employee_id),
    CONSTRAINT servicepolicy_meeting_attendance_recorder_fk FOREIGN KEY (recorded_by)
        REFERENCES servicepolicy_employee (id)
);

-- The action items a meeting agreed. overdue_marked_at is the mark that makes an overdue item
-- reported once: set once, by the sweep, and never part of the row's version.
CREATE TABLE servicepolicy_action_item (
    id                VARCHAR(64)              NOT NULL,
    meeting_id        VARCHAR(64)              NOT NULL,
    owner_id          VARCHAR(64)              NOT NULL,
    description       VARCHAR                  NOT NULL,
    due_on            DATE                     NOT NULL,
    due_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    status            VARCHAR(16)              NOT NULL,
    created_by        VARCHAR(64)              NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    done_at           TIMESTAMP WITH TIME ZONE,
    overdue_marked_at TIMESTAMP WITH TIME ZONE,
    version           BIGINT                   NOT NULL,
    CONSTRAINT servicepolicy_action_item_pk PRIMARY KEY (id),
    CONSTRAINT servicepolicy_action_item_meeting_fk FOREIGN KEY (meeting_id) REFERENCES servicepolicy_meeting (id),
    CONSTRAINT servicepolicy_action_item_owner_fk FOREIGN KEY (owner_id) REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_action_item_creator_fk FOREIGN KEY (created_by) REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_action_item_done_ck CHECK ((status = 'DONE') = (done_at IS NOT NULL))
);
CREATE INDEX servicepolicy_action_item_meeting_ix ON servicepolicy_action_item (meeting_id);
CREATE INDEX servicepolicy_action_item_owner_ix ON servicepolicy_action_item (owner_id);
-- The sweep's question: open at or past due and not marked.
CREATE INDEX servicepolicy_action_item_due_ix ON servicepolicy_action_item (status, overdue_marked_at, due_at);
