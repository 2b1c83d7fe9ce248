package org.servicepolicy.career;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;

/**
 * Command: a superior proposes a development plan to an employee (§4.3.1): the goals, the level
 * or role aimed at, and the training programmes to take. {@link #requireValid} lists every problem
 * of its form at once.
 *
 * @param employeeId  whose plan
 * @param goals       what the employee aims to achieve, 1 to {@value #GOALS_MAX}, each a text
 * @param targetLevel the level on the company's ladder aimed at, or null
 * @param targetRole  the role aimed at, at most {@value #ROLE_MAX} characters, or null; a level or a
 *                    role is given, or both
 * @param programmes  the ids of the training programmes to take, 1 to {@value #PROGRAMMES_MAX},
 *                    distinct, such as {@code PERIODIC_SERVICE}
 */
public record ProposeDevelopmentPlan(String employeeId, List<String> goals, Integer targetLevel, String targetRole,
                                     List<String> programmes) {
    /** The most goals a plan lists. */
    public static final int GOALS_MAX = 20;
    /** The most programmes a plan lists. */
    public static final int PROGRAMMES_MAX = 30;
    /** The longest role. */
    public static final int ROLE_MAX = 200;
    /** What a programme id looks like: the training section's ids. */
    public static final Pattern PROGRAMME = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    /** Throws {@code InvalidInputException} listing every problem of the command's form, for a ladder from {@code lowestLevel}. */
    public void requireValid(int lowestLevel) {
        var inputs = new Inputs().require(employeeId != null && Ids.isValid(employeeId), "employeeId",
                        "is required and a valid id")
                .require(goals != null && !goals.isEmpty() && goals.size() <= GOALS_MAX, "goals",
                        "lists 1 to " + GOALS_MAX + " goals")
                .require(targetLevel != null || (targetRole != null && !targetRole.isBlank()), "target",
                        "names a targetLevel or a targetRole")
                .require(targetLevel == null || targetLevel >= lowestLevel, "targetLevel",
                        "must be at least the company's lowest level, " + lowestLevel)
                .optionalText(targetRole, "targetRole")
                .require(targetRole == null || targetRole.strip().length() <= ROLE_MAX, "targetRole",
                        "is at most " + ROLE_MAX + " characters")
                .require(programmes != null && !programmes.isEmpty() && programmes.size() <= PROGRAMMES_MAX,
                        "programmes", "lists 1 to " + PROGRAMMES_MAX + " programmes");
        if (goals != null) {
            for (int i = 0; i < goals.size(); i++) {
                inputs.text(goals.get(i), "goals[" + i + "]");
            }
        }
        if (programmes != null) {
            inputs.require(programmes.stream().allMatch(p -> p != null && PROGRAMME.matcher(p).matches()),
                            "programmes", "are programme ids such as PERIODIC_SERVICE")
                    .require(new HashSet<>(programmes).size() == programmes.size(), "programmes", "are distinct");
        }
        inputs.throwIfAny();
    }
}
