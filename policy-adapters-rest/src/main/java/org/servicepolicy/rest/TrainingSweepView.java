package org.servicepolicy.rest;

import org.servicepolicy.training.TrainingSweepResult;

/**
 * What one sweep of training obligations marked (§4.1, §4.2): only what this run marked.
 *
 * @param employees how many employees' obligations were looked at
 * @param reminders how many reminders this run marked
 * @param overdue   how many obligations this run marked overdue
 */
public record TrainingSweepView(int employees, int reminders, int overdue) {
    /** The view of {@code result}. */
    public static TrainingSweepView of(TrainingSweepResult result) {
        return new TrainingSweepView(result.employees(), result.reminders(), result.overdue());
    }
}
