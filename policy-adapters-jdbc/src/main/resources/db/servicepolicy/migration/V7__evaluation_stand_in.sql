-- servicepolicy schema, version 7: a superior evaluation given in the place of a direct superior
-- who is no longer employed (§3.3.1) records whose place it was given in and on what ground
-- (NEXT_SUPERIOR, DEPARTMENT_MANAGER, HR). Both are NULL for every other evaluation, and for
-- every evaluation stored before this version. Runs unchanged on PostgreSQL and H2 2.x.
ALTER TABLE servicepolicy_evaluation ADD COLUMN stand_in_for VARCHAR(64);
ALTER TABLE servicepolicy_evaluation ADD COLUMN stand_in_basis VARCHAR(32);
ALTER TABLE servicepolicy_evaluation ADD CONSTRAINT servicepolicy_evaluation_stand_in_fk
    FOREIGN KEY (stand_in_for) REFERENCES servicepolicy_employee (id);
ALTER TABLE servicepolicy_evaluation ADD CONSTRAINT servicepolicy_evaluation_stand_in_ck CHECK (
    (stand_in_for IS NULL AND stand_in_basis IS NULL)
    OR (stand_in_for IS NOT NULL AND stand_in_basis IS NOT NULL AND evaluator_role = 'SUPERIOR'));
