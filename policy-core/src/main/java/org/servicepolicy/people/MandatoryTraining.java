package org.servicepolicy.people;

import java.util.List;
import org.servicepolicy.kernel.EmployeeId;

/**
 * Port: the programmes due before post that an onboarding hire has not passed (§4.1.1), which keep
 * HR from putting them on post. The library wires it to the training capability.
 */
@FunctionalInterface
public interface MandatoryTraining {
    /** The programmes due before post that {@code employee} has not passed, in the policy's order; empty when none. */
    List<String> notPassed(EmployeeId employee);
}
