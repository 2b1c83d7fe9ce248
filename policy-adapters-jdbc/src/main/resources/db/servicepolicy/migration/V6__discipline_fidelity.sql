-- servicepolicy schema, version 6: leave covers part of an absence or lateness (§3.2.2). When
-- approved leave covers only some of a violation's days or minutes, the violation is voided and
-- a replacement records the part left uncovered; the replacement names the violation it replaces.
-- Runs unchanged on PostgreSQL and H2 2.x.
ALTER TABLE servicepolicy_violation ADD COLUMN replaces_violation_id VARCHAR(64);
ALTER TABLE servicepolicy_violation ADD CONSTRAINT servicepolicy_violation_replaces_fk
    FOREIGN KEY (replaces_violation_id) REFERENCES servicepolicy_violation (id);
CREATE INDEX servicepolicy_violation_replaces_ix ON servicepolicy_violation (replaces_violation_id);
