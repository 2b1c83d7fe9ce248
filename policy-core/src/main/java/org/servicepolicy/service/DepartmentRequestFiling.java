package org.servicepolicy.service;

import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;

/**
 * Command: ask another department for something (§2.2.1), now, as the caller. {@link #requireValid}
 * lists every problem of its form at once; whether the department and the addressee exist is
 * decided with what is stored.
 *
 * @param toDepartmentId the department asked
 * @param addresseeId    an employee of that department named to answer; null for the department
 * @param subject        what it is about, at most {@link #SUBJECT_MAX} characters
 * @param description    what is asked
 */
public record DepartmentRequestFiling(String toDepartmentId, String addresseeId, String subject,
                                      String description) {
    /** The longest subject. */
    public static final int SUBJECT_MAX = 200;

    /** Throws {@code InvalidInputException} listing every problem of the command's form. */
    public void requireValid() {
        new Inputs().require(toDepartmentId != null && Ids.isValid(toDepartmentId), "toDepartmentId",
                        "is required and a valid id")
                .require(addresseeId == null || Ids.isValid(addresseeId), "addresseeId", "is not a valid id")
                .text(subject, "subject")
                .require(subject == null || subject.strip().length() <= SUBJECT_MAX, "subject",
                        "is at most " + SUBJECT_MAX + " characters")
                .text(description, "description")
                .throwIfAny();
    }
}
