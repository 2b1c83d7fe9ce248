package org.servicepolicy.feedback;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.policy.ServiceStandard;

/**
 * A ruling on an item (§2.3.2, §2.3.1): a complaint justified against employees it concerns, for
 * falling short of a service standard, or unjustified; a praise confirmed or not. Once per item;
 * the command and what the item keeps. {@link #requireValid} lists every problem of its form;
 * whether it fits the item is decided with the item.
 *
 * @param verdict   the verdict
 * @param employees for a justified complaint, the employees it is justified against, among those
 *                  concerned; empty otherwise
 * @param standard  for a justified complaint, the standard they fell short of; empty otherwise
 * @param note      why, in words
 */
public record FeedbackRuling(Verdict verdict, List<EmployeeId> employees, Optional<ServiceStandard> standard,
                             String note) {
    /** What the ruling says. */
    public enum Verdict {
        /** The complaint is justified: a finding against each employee named. */
        JUSTIFIED,
        /** The complaint is not justified. */
        UNJUSTIFIED,
        /** The praise is confirmed: a customer score of 5 for each employee concerned. */
        CONFIRMED,
        /** The praise is not confirmed. */
        NOT_CONFIRMED;

        /** Whether this verdict rules on a complaint (else on a praise). */
        public boolean onComplaint() {
            return this == JUSTIFIED || this == UNJUSTIFIED;
        }
    }

    /** Copies the employees; absent employees or standard are none. */
    public FeedbackRuling {
        employees = employees == null ? List.of() : List.copyOf(employees);
        standard = standard == null ? Optional.empty() : standard;
    }

    /** A complaint justified against {@code employees} for falling short of {@code standard}. */
    public static FeedbackRuling justified(List<EmployeeId> employees, ServiceStandard standard, String note) {
        return new FeedbackRuling(Verdict.JUSTIFIED, employees, Optional.of(standard), note);
    }

    /** A ruling naming nobody: {@code verdict} with {@code note}. */
    public static FeedbackRuling of(Verdict verdict, String note) {
        return new FeedbackRuling(verdict, List.of(), Optional.empty(), note);
    }

    /** Throws {@code InvalidInputException} listing every problem of the ruling's form. */
    public void requireValid() {
        var justified = verdict == Verdict.JUSTIFIED;
        new Inputs().present(verdict, "verdict")
                .text(note, "note")
                .require(!justified || !employees.isEmpty(), "employees",
                        "a justified complaint names the employees it is justified against")
                .require(justified || employees.isEmpty(), "employees", "only a justified complaint names employees")
                .require(new HashSet<>(employees).size() == employees.size(), "employees", "names an employee twice")
                .require(!justified || standard.isPresent(), "standard",
                        "a justified complaint names the standard fallen short of")
                .require(justified || standard.isEmpty(), "standard", "only a justified complaint names a standard")
                .throwIfAny();
    }

    /** Requires the verdict and the note, for a ruling kept with its item. */
    void requireComplete() {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(note, "note");
    }
}
