-- §5.1.1: the responders each department names on the internal platform. The department's row
-- carries who named them, when, and the version; a department that names nobody any more keeps
-- its row without responders.
CREATE TABLE servicepolicy_department_responders (
    department_id VARCHAR(64)              NOT NULL,
    named_by      VARCHAR(64)              NOT NULL,
    named_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL,
    CONSTRAINT servicepolicy_department_responders_pk PRIMARY KEY (department_id),
    CONSTRAINT servicepolicy_department_responders_department_fk FOREIGN KEY (department_id)
        REFERENCES servicepolicy_department (id),
    CONSTRAINT servicepolicy_department_responders_named_by_fk FOREIGN KEY (named_by)
        REFERENCES servicepolicy_employee (id)
);

CREATE TABLE servicepolicy_department_responder (
    department_id VARCHAR(64) NOT NULL,
    employee_id   VARCHAR(64) NOT NULL,
    CONSTRAINT servicepolicy_department_responder_pk PRIMARY KEY (department_id, employee_id),
    CONSTRAINT servicepolicy_department_responder_department_fk FOREIGN KEY (department_id)
        REFERENCES servicepolicy_department_responders (department_id),
    CONSTRAINT servicepolicy_department_responder_employee_fk FOREIGN KEY (employee_id)
        REFERENCES servicepolicy_employee (id)
);
