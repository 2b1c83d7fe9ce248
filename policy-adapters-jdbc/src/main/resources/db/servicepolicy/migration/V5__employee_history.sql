-- The employee record keeps every version (§1.2): changes of supervisor, department, level,
-- category, wage and status are effective-dated, and anything that asks about a past instant reads
-- the record as it was then.
ALTER TABLE servicepolicy_employee ADD COLUMN effective_from TIMESTAMP WITH TIME ZONE;
ALTER TABLE servicepolicy_employee ADD COLUMN level_since TIMESTAMP WITH TIME ZONE;
-- Rows stored before this migration: their one known version holds from the start of the hire
-- date, read in the database session's zone; earlier versions were never kept.
UPDATE servicepolicy_employee
   SET effective_from = CAST(hire_date AS TIMESTAMP WITH TIME ZONE),
       level_since = CAST(hire_date AS TIMESTAMP WITH TIME ZONE);
ALTER TABLE servicepolicy_employee ALTER COLUMN effective_from SET NOT NULL;
ALTER TABLE servicepolicy_employee ALTER COLUMN level_since SET NOT NULL;

CREATE TABLE servicepolicy_employee_version (
    employee_id    VARCHAR(64)              NOT NULL,
    version        BIGINT                   NOT NULL,
    name           VARCHAR                  NOT NULL,
    category       VARCHAR(32)              NOT NULL,
    supervisor_id  VARCHAR(64),
    department_id  VARCHAR(64)              NOT NULL,
    employee_level INTEGER                  NOT NULL,
    hire_date      DATE                     NOT NULL,
    status         VARCHAR(32)              NOT NULL,
    wage_amount    NUMERIC(19, 4),
    wage_currency  VARCHAR(3),
    granted_roles  VARCHAR(200)             NOT NULL,
    effective_from TIMESTAMP WITH TIME ZONE NOT NULL,
    level_since    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT servicepolicy_employee_version_pk PRIMARY KEY (employee_id, version),
    CONSTRAINT servicepolicy_employee_version_employee_fk FOREIGN KEY (employee_id)
        REFERENCES servicepolicy_employee (id),
    CONSTRAINT servicepolicy_employee_version_wage_ck CHECK ((wage_amount IS NULL) = (wage_currency IS NULL))
);
-- "As it was then" reads pick, per employee, the latest version in force at an instant.
CREATE INDEX servicepolicy_employee_version_from_ix ON servicepolicy_employee_version (effective_from);

INSERT INTO servicepolicy_employee_version (employee_id, version, name, category, supervisor_id, department_id,
                                            employee_level, hire_date, status, wage_amount, wage_currency,
                                            granted_roles, effective_from, level_since)
SELECT id, version, name, category, supervisor_id, department_id, employee_level, hire_date, status, wage_amount,
       wage_currency, granted_roles, effective_from, level_since
  FROM servicepolicy_employee;
