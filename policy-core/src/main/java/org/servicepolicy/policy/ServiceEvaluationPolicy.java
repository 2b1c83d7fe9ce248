package org.servicepolicy.policy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The service evaluation section of the policy (§2.3.3, §5.2.2, §4.3.2): how a periodic service
 * evaluation combines its methods and dimensions into a score, which band a score falls in, and
 * what each band brings.
 *
 * @param dimensionWeights            the share of each dimension in the total; they add up to 1
 * @param methodWeights               the share of each method in a dimension's score; they add up to 1.
 *                                    A method without inputs for a dimension gives its share to the others
 * @param excellentFrom               the lowest score of the EXCELLENT band
 * @param standardFrom                the lowest score of the STANDARD band, below {@code excellentFrom}
 * @param deductions                  points a finding of each severity deducts from its dimension (data analysis)
 * @param dimensions                  the dimension each service standard's findings count against
 * @param customerScoredDimensions    the dimensions customers' satisfaction scores are an input to
 * @param substandardSeverity         the severity of the company-rule violation a SUBSTANDARD result proposes
 * @param repeatedSubstandardSeverity the severity when the employee's previous result was SUBSTANDARD too
 * @param followUp                    the follow-up a first SUBSTANDARD result opens
 * @param repeatedFollowUp            the follow-up when the previous result was SUBSTANDARD too
 * @param promotionMinimum            §4.3.2: the band the latest finalised service evaluation reaches for promotion
 */
public record ServiceEvaluationPolicy(Map<ServiceDimension, BigDecimal> dimensionWeights,
                                      Map<ServiceEvaluationMethod, BigDecimal> methodWeights,
                                      int excellentFrom, int standardFrom, Map<Severity, Integer> deductions,
                                      Map<ServiceStandard, ServiceDimension> dimensions,
                                      Set<ServiceDimension> customerScoredDimensions,
                                      Severity substandardSeverity, Severity repeatedSubstandardSeverity,
                                      FollowUpKind followUp, FollowUpKind repeatedFollowUp,
                                      ServiceBand promotionMinimum) {
    private static final String PREFIX = "service.evaluation.";

    /** What a SUBSTANDARD result asks the training capability to do (§2.3.3). */
    public enum FollowUpKind {
        /** Coaching by the superior. */
        COACHING,
        /** Remedial service training. */
        REMEDIAL_TRAINING
    }

    /** Requires every part, a weight and a deduction for every constant, and bands in order. */
    public ServiceEvaluationPolicy {
        dimensionWeights = complete(dimensionWeights, ServiceDimension.class, "dimension weight");
        methodWeights = complete(methodWeights, ServiceEvaluationMethod.class, "method weight");
        deductions = complete(deductions, Severity.class, "deduction");
        dimensions = complete(dimensions, ServiceStandard.class, "dimension");
        customerScoredDimensions = Collections.unmodifiableSet(customerScoredDimensions.isEmpty()
                ? EnumSet.noneOf(ServiceDimension.class) : EnumSet.copyOf(customerScoredDimensions));
        if (standardFrom >= excellentFrom || standardFrom < 1 || excellentFrom > 100) {
            throw new IllegalArgumentException("bands need 0 < standardFrom < excellentFrom <= 100");
        }
        Objects.requireNonNull(substandardSeverity, "substandardSeverity");
        Objects.requireNonNull(repeatedSubstandardSeverity, "repeatedSubstandardSeverity");
        Objects.requireNonNull(followUp, "followUp");
        Objects.requireNonNull(repeatedFollowUp, "repeatedFollowUp");
        Objects.requireNonNull(promotionMinimum, "promotionMinimum");
    }

    /** The band {@code score} (0 to 100) falls in. */
    public ServiceBand band(BigDecimal score) {
        if (score.compareTo(BigDecimal.valueOf(excellentFrom)) >= 0) {
            return ServiceBand.EXCELLENT;
        }
        return score.compareTo(BigDecimal.valueOf(standardFrom)) >= 0 ? ServiceBand.STANDARD : ServiceBand.SUBSTANDARD;
    }

    /** The standards whose findings count against {@code dimension}. */
    public Set<ServiceStandard> standardsOf(ServiceDimension dimension) {
        var of = EnumSet.noneOf(ServiceStandard.class);
        dimensions.forEach((standard, d) -> {
            if (d == dimension) {
                of.add(standard);
            }
        });
        return of;
    }

    private static <K extends Enum<K>, V> Map<K, V> complete(Map<K, V> values, Class<K> type, String what) {
        var all = new EnumMap<K, V>(type);
        all.putAll(values);
        if (all.size() != type.getEnumConstants().length || all.containsValue(null)) {
            throw new IllegalArgumentException("every " + type.getSimpleName() + " has a " + what);
        }
        return Collections.unmodifiableMap(all);
    }

    static ServiceEvaluationPolicy read(PolicySettings s) {
        var dimensionWeights = new EnumMap<ServiceDimension, BigDecimal>(ServiceDimension.class);
        for (var dimension : ServiceDimension.values()) {
            dimensionWeights.put(dimension, s.fraction(PREFIX + "dimensionWeight." + dimension));
        }
        requireWholeness(s, PREFIX + "dimensionWeight", dimensionWeights);
        var methodWeights = new EnumMap<ServiceEvaluationMethod, BigDecimal>(ServiceEvaluationMethod.class);
        for (var method : ServiceEvaluationMethod.values()) {
            methodWeights.put(method, s.fraction(PREFIX + "methodWeight." + method));
        }
        requireWholeness(s, PREFIX + "methodWeight", methodWeights);
        int excellent = s.integer(PREFIX + "band.EXCELLENT.fromScore", 1, 100);
        int standard = s.integer(PREFIX + "band.STANDARD.fromScore", 1, 100);
        if (standard >= excellent) {
            s.problem(PREFIX + "band.STANDARD.fromScore", "must be below " + PREFIX + "band.EXCELLENT.fromScore ("
                    + excellent + "): the bands would overlap");
            standard = 70;
            excellent = 90;
        }
        var deductions = new EnumMap<Severity, Integer>(Severity.class);
        for (var severity : Severity.values()) {
            deductions.put(severity, s.integer(PREFIX + "deduction." + severity, 0, 100));
        }
        for (var severity : Severity.values()) {
            if (severity.ordinal() > 0 && deductions.get(severity) < deductions.get(Severity.values()[severity.ordinal() - 1])) {
                s.problem(PREFIX + "deduction." + severity, "must not be below the deduction of a lighter severity");
            }
        }
        var dimensions = new EnumMap<ServiceStandard, ServiceDimension>(ServiceStandard.class);
        for (var serviceStandard : ServiceStandard.values()) {
            dimensions.put(serviceStandard, s.constant(PREFIX + "dimension." + serviceStandard, ServiceDimension.class,
                    ServiceDimension.CUSTOMER_SATISFACTION));
        }
        var customerScored = EnumSet.noneOf(ServiceDimension.class);
        var listed = s.text(PREFIX + "customerScoring.dimensions");
        for (var name : listed.isEmpty() ? new String[0] : listed.split(",")) {
            try {
                customerScored.add(ServiceDimension.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                s.problem(PREFIX + "customerScoring.dimensions", "'" + name.strip() + "' is not one of "
                        + EnumSet.allOf(ServiceDimension.class));
            }
        }
        return new ServiceEvaluationPolicy(dimensionWeights, methodWeights, excellent, standard, deductions,
                dimensions, customerScored,
                s.constant(PREFIX + "substandard.violationSeverity", Severity.class, Severity.MINOR),
                s.constant(PREFIX + "substandard.repeated.violationSeverity", Severity.class, Severity.MODERATE),
                s.constant(PREFIX + "substandard.followUp", FollowUpKind.class, FollowUpKind.COACHING),
                s.constant(PREFIX + "substandard.repeated.followUp", FollowUpKind.class, FollowUpKind.REMEDIAL_TRAINING),
                s.constant(PREFIX + "promotion.minimumBand", ServiceBand.class, ServiceBand.STANDARD));
    }

    private static void requireWholeness(PolicySettings s, String prefix, Map<?, BigDecimal> weights) {
        var sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            s.problem(prefix, "the weights " + weights.keySet() + " must add up to 1 (100%), they add up to "
                    + sum.toPlainString());
        }
    }

    void write(Map<String, String> out) {
        dimensionWeights.forEach((d, w) -> out.put(PREFIX + "dimensionWeight." + d, w.toPlainString()));
        methodWeights.forEach((m, w) -> out.put(PREFIX + "methodWeight." + m, w.toPlainString()));
        out.put(PREFIX + "band.EXCELLENT.fromScore", Integer.toString(excellentFrom));
        out.put(PREFIX + "band.STANDARD.fromScore", Integer.toString(standardFrom));
        deductions.forEach((severity, points) -> out.put(PREFIX + "deduction." + severity, points.toString()));
        dimensions.forEach((standard, d) -> out.put(PREFIX + "dimension." + standard, d.name()));
        out.put(PREFIX + "customerScoring.dimensions", customerScoredDimensions.stream().map(Enum::name)
                .collect(Collectors.joining(",")));
        out.put(PREFIX + "substandard.violationSeverity", substandardSeverity.name());
        out.put(PREFIX + "substandard.repeated.violationSeverity", repeatedSubstandardSeverity.name());
        out.put(PREFIX + "substandard.followUp", followUp.name());
        out.put(PREFIX + "substandard.repeated.followUp", repeatedFollowUp.name());
        out.put(PREFIX + "promotion.minimumBand", promotionMinimum.name());
    }
}
