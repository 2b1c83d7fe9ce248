package org.servicepolicy.service.evaluation;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.policy.ServiceDimension;

/**
 * Command: the employee's superior or a member of the service supervision group scores every
 * dimension of an employee's service in an open period (§2.3.3). The role follows from who they
 * are. {@link #requireValid} lists every problem.
 *
 * @param employeeId who is scored
 * @param scores     a score from 0 to 100 for every dimension, by dimension name
 */
public record SubmitServiceScores(String employeeId, Map<String, Integer> scores) {
    /** Copies the scores. */
    public SubmitServiceScores {
        scores = scores == null ? Map.of() : Map.copyOf(scores);
    }

    /** Throws {@code InvalidInputException} listing every problem of the command. */
    public void requireValid() {
        var inputs = new Inputs().present(employeeId, "employeeId")
                .require(employeeId == null || Ids.isValid(employeeId), "employeeId", "is not a valid id");
        var names = Arrays.stream(ServiceDimension.values()).map(Enum::name).collect(Collectors.toSet());
        for (var name : scores.keySet()) {
            inputs.require(names.contains(name), "scores." + name, "is not a dimension; the dimensions are " + names);
        }
        for (var dimension : ServiceDimension.values()) {
            var score = scores.get(dimension.name());
            inputs.require(score != null, "scores." + dimension, "is required")
                    .require(score == null || score >= 0 && score <= 100, "scores." + dimension, "must be 0 to 100");
        }
        inputs.throwIfAny();
    }

    /** The scores by dimension; call after {@link #requireValid}. */
    public Map<ServiceDimension, Integer> byDimension() {
        var out = new EnumMap<ServiceDimension, Integer>(ServiceDimension.class);
        scores.forEach((name, score) -> out.put(ServiceDimension.valueOf(name), score));
        return out;
    }
}
