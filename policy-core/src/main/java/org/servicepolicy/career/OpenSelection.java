package org.servicepolicy.career;

import java.time.Instant;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;

/**
 * Command: HR opens an internal selection for a position (§4.3.2: promotion by internal selection
 * and competition; cross-department moves are offered). {@link #requireValid} lists every problem
 * of its form at once.
 *
 * @param position     the position's title, at most {@value #POSITION_MAX} characters
 * @param level        the position's level on the company's ladder
 * @param departmentId the department the position is in
 * @param closesAt     when applications close; in the future
 */
public record OpenSelection(String position, Integer level, String departmentId, Instant closesAt) {
    /** The longest position title. */
    public static final int POSITION_MAX = 200;

    /**
     * Throws {@code InvalidInputException} listing every problem of the command's form, for a
     * ladder from {@code lowestLevel}, at {@code now}.
     */
    public void requireValid(int lowestLevel, Instant now) {
        new Inputs().text(position, "position")
                .require(position == null || position.strip().length() <= POSITION_MAX, "position",
                        "is at most " + POSITION_MAX + " characters")
                .present(level, "level")
                .require(level == null || level >= lowestLevel, "level",
                        "must be at least the company's lowest level, " + lowestLevel)
                .require(departmentId != null && Ids.isValid(departmentId), "departmentId",
                        "is required and a valid id")
                .present(closesAt, "closesAt")
                .require(closesAt == null || closesAt.isAfter(now), "closesAt", "must be in the future")
                .throwIfAny();
    }
}
