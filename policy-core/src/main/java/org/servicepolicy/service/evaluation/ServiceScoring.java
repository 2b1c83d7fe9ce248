package org.servicepolicy.service.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.policy.ServiceBand;
import org.servicepolicy.policy.ServiceDimension;
import org.servicepolicy.policy.ServiceEvaluationMethod;
import org.servicepolicy.policy.ServiceEvaluationPolicy;
import org.servicepolicy.service.ServiceFinding;

/**
 * §2.3.3, §5.2.2: one employee's service score from the inputs of a period. Pure, and
 * independent of the order of its inputs (they are sorted before they are described, and the
 * arithmetic is exact until the final rounding).
 *
 * <p>Each dimension combines the methods that have inputs for it, by the policy's method weights:
 * <ul>
 * <li>customer scoring: the mean of the customers' scores (1 to 5) mapped onto 0 to 100, for the
 *     dimensions the policy lists as customer-scored;</li>
 * <li>internal evaluation: the mean of the scores of the roles that scored (superior, supervision
 *     group);</li>
 * <li>data analysis: 100 minus the policy's deduction for each finding whose standard counts
 *     against the dimension, never below 0, for the dimensions some standard counts against.</li>
 * </ul>
 * A method without inputs gives its weight to the others; a dimension without any input gives
 * its weight to the other dimensions; every reason says so. An employee without any customer or
 * internal score is not scored: a clean record of findings alone is no evidence of good service. The total is the weighted mean of
 * the dimensions, rounded half up to two decimals, and the policy's bands place it.
 */
public final class ServiceScoring {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int EXACT = 12;

    private ServiceScoring() {
    }

    /**
     * An employee's score, when some dimension had inputs.
     *
     * @param employee        who
     * @param score           0 to 100 to two decimals; empty when nothing could be scored
     * @param band            the band of the score
     * @param dimensionScores each scored dimension's score
     * @param reasons         every dimension, method, input and deduction
     */
    public record Scored(EmployeeId employee, Optional<BigDecimal> score, Optional<ServiceBand> band,
                         Map<ServiceDimension, BigDecimal> dimensionScores, List<Reason> reasons) {
        /** Copies the collections. */
        public Scored {
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(score, "score");
            Objects.requireNonNull(band, "band");
            dimensionScores = Map.copyOf(dimensionScores);
            reasons = List.copyOf(reasons);
        }
    }

    /** Scores {@code employee} from their customer scores, internal scores and findings in the period. */
    public static Scored score(EmployeeId employee, List<CustomerScore> customerScores,
                               List<InternalScore> internalScores, List<ServiceFinding> findings,
                               ServiceEvaluationPolicy policy) {
        var customers = customerScores.stream()
                .sorted(Comparator.comparing(CustomerScore::givenAt).thenComparing(CustomerScore::id)).toList();
        var internal = internalScores.stream().sorted(Comparator.comparing(InternalScore::role)).toList();
        var found = findings.stream()
                .sorted(Comparator.comparing(ServiceFinding::observedAt).thenComparing(ServiceFinding::id)).toList();
        var reasons = new ArrayList<Reason>();
        if (customers.isEmpty() && internal.isEmpty()) {
            reasons.add(Reason.of("§2.3.3", "service.evaluation.unscored",
                    "no customer score and no internal score in the period: findings alone do not evaluate service"));
            return new Scored(employee, Optional.empty(), Optional.empty(), Map.of(), reasons);
        }
        var dimensionScores = new EnumMap<ServiceDimension, BigDecimal>(ServiceDimension.class);
        for (var dimension : ServiceDimension.values()) {
            var methods = new EnumMap<ServiceEvaluationMethod, BigDecimal>(ServiceEvaluationMethod.class);
            customerMethod(dimension, customers, policy, reasons).ifPresent(v ->
                    methods.put(ServiceEvaluationMethod.CUSTOMER_SCORING, v));
            internalMethod(dimension, internal, reasons).ifPresent(v ->
                    methods.put(ServiceEvaluationMethod.INTERNAL_EVALUATION, v));
            dataMethod(dimension, found, policy, reasons).ifPresent(v ->
                    methods.put(ServiceEvaluationMethod.DATA_ANALYSIS, v));
            weighted(methods, policy.methodWeights()).ifPresentOrElse(value -> {
                dimensionScores.put(dimension, value.setScale(2, RoundingMode.HALF_UP));
                reasons.add(Reason.of("§2.3.3", "service.evaluation.dimension",
                        "%s scores %s from %s, by the method weights %s%s".formatted(dimension,
                                value.setScale(2, RoundingMode.HALF_UP).toPlainString(), methods.keySet(),
                                policy.methodWeights(), methods.size() < ServiceEvaluationMethod.values().length
                                        ? "; the methods without inputs gave their weight to those with inputs" : ""),
                        "dimension", dimension, "score", value.setScale(2, RoundingMode.HALF_UP).toPlainString(),
                        "methods", methods.keySet()));
            }, () -> reasons.add(Reason.of("§2.3.3", "service.evaluation.dimension.unscored",
                    "%s has no inputs in the period: its weight goes to the dimensions that have".formatted(dimension),
                    "dimension", dimension)));
        }
        var total = weighted(dimensionScores, policy.dimensionWeights()).map(v -> v.setScale(2, RoundingMode.HALF_UP));
        var band = total.map(policy::band);
        total.ifPresentOrElse(value -> reasons.add(Reason.of("§5.2.2", "service.evaluation.score",
                "the service score is %s by the dimension weights %s: %s (EXCELLENT from %d, STANDARD from %d)"
                        .formatted(value.toPlainString(), policy.dimensionWeights(), band.get(), policy.excellentFrom(),
                                policy.standardFrom()),
                "score", value.toPlainString(), "band", band.get())),
                () -> reasons.add(Reason.of("§2.3.3", "service.evaluation.unscored",
                        "no dimension has inputs in the period: no service score")));
        return new Scored(employee, total, band, dimensionScores, reasons);
    }

    /** §2.3.3: the customers' mean score on 0 to 100, for a customer-scored dimension with scores. */
    private static Optional<BigDecimal> customerMethod(ServiceDimension dimension, List<CustomerScore> customers,
                                                       ServiceEvaluationPolicy policy, List<Reason> reasons) {
        if (!policy.customerScoredDimensions().contains(dimension) || customers.isEmpty()) {
            return Optional.empty();
        }
        var sum = customers.stream().mapToInt(CustomerScore::score).sum();
        var mean = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(customers.size()), EXACT, RoundingMode.HALF_UP);
        var value = mean.subtract(BigDecimal.valueOf(CustomerScore.MIN)).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(CustomerScore.MAX - CustomerScore.MIN), EXACT, RoundingMode.HALF_UP);
        reasons.add(Reason.of("§2.3.3", "service.evaluation.customer-scoring",
                "%s by customer scoring: %d customer score(s) %s, mean %s of %d, is %s of 100".formatted(dimension,
                        customers.size(), customers.stream().map(c -> c.score() + " (" + c.source() + " "
                                + c.sourceReference() + ")").collect(Collectors.joining(", ")),
                        mean.setScale(2, RoundingMode.HALF_UP).toPlainString(), CustomerScore.MAX,
                        value.setScale(2, RoundingMode.HALF_UP).toPlainString()),
                "dimension", dimension, "method", ServiceEvaluationMethod.CUSTOMER_SCORING,
                "count", customers.size(), "value", value.setScale(2, RoundingMode.HALF_UP).toPlainString()));
        return Optional.of(value);
    }

    /** §2.3.3: the mean of the scorer roles' scores of the dimension, when a role scored. */
    private static Optional<BigDecimal> internalMethod(ServiceDimension dimension, List<InternalScore> internal,
                                                       List<Reason> reasons) {
        if (internal.isEmpty()) {
            return Optional.empty();
        }
        var sum = internal.stream().mapToInt(s -> s.scores().get(dimension)).sum();
        var value = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(internal.size()), EXACT, RoundingMode.HALF_UP);
        reasons.add(Reason.of("§2.3.3", "service.evaluation.internal-evaluation",
                "%s by internal evaluation: %s, mean %s".formatted(dimension, internal.stream()
                                .map(s -> s.role() + " " + s.scores().get(dimension)).collect(Collectors.joining(", ")),
                        value.setScale(2, RoundingMode.HALF_UP).toPlainString()),
                "dimension", dimension, "method", ServiceEvaluationMethod.INTERNAL_EVALUATION,
                "roles", internal.stream().map(s -> s.role().name()).collect(Collectors.joining(",")),
                "value", value.setScale(2, RoundingMode.HALF_UP).toPlainString()));
        return Optional.of(value);
    }

    /** §2.3.3, §5.2.2: 100 minus the deductions of the findings against the dimension, floor 0. */
    private static Optional<BigDecimal> dataMethod(ServiceDimension dimension, List<ServiceFinding> findings,
                                                   ServiceEvaluationPolicy policy, List<Reason> reasons) {
        var standards = policy.standardsOf(dimension);
        if (standards.isEmpty()) {
            return Optional.empty();
        }
        var against = findings.stream().filter(f -> standards.contains(f.standard())).toList();
        int deducted = 0;
        for (var finding : against) {
            int points = policy.deductions().get(finding.severity());
            deducted += points;
            reasons.add(Reason.of(finding.standard().clause(), "service.evaluation.deduction",
                    "%s by data analysis: finding %s (%s, %s, %s) deducts %d".formatted(dimension, finding.id(),
                            finding.standard(), finding.severity(), finding.source(), points),
                    "dimension", dimension, "finding", finding.id(), "standard", finding.standard(),
                    "severity", finding.severity(), "deduction", points));
        }
        var value = Math.max(0, 100 - deducted);
        reasons.add(Reason.of("§5.2.2", "service.evaluation.data-analysis",
                "%s by data analysis of the standards %s: %d finding(s) in the period, 100 - %d = %d%s".formatted(
                        dimension, standards, against.size(), deducted, 100 - deducted, 100 - deducted < 0
                                ? ", no lower than 0" : ""),
                "dimension", dimension, "method", ServiceEvaluationMethod.DATA_ANALYSIS, "findings", against.size(),
                "deducted", deducted, "value", value));
        return Optional.of(BigDecimal.valueOf(value));
    }

    /** The mean of {@code values} by {@code weights}, over the keys present; empty when their weights are zero. */
    private static <K> Optional<BigDecimal> weighted(Map<K, BigDecimal> values, Map<K, BigDecimal> weights) {
        var weight = values.keySet().stream().map(weights::get).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (weight.signum() == 0) {
            return Optional.empty();
        }
        var sum = values.entrySet().stream().map(e -> e.getValue().multiply(weights.get(e.getKey())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return Optional.of(sum.divide(weight, EXACT, RoundingMode.HALF_UP));
    }
}
