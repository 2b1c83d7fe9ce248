package org.servicepolicy.training;

/**
 * What one sweep of training obligations marked (§4.1, §4.2): each reminder and each overdue
 * obligation is marked once, whichever sweep gets there first.
 *
 * @param employees how many employees' obligations were looked at
 * @param reminders how many reminders this sweep marked
 * @param overdue   how many obligations this sweep marked overdue
 */
public record TrainingSweepResult(int employees, int reminders, int overdue) {
    /** Requires counts that are not negative. */
    public TrainingSweepResult {
        if (employees < 0 || reminders < 0 || overdue < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
    }
}
