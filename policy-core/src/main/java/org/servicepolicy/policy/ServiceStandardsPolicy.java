package org.servicepolicy.policy;

import java.time.Duration;
import java.time.Period;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The service section of the policy (§2.1, §2.2): what each {@link ServiceStandard} demands and
 * how serious a nonconformity with it is.
 *
 * @param maxReceptionWait         §2.1.1: the longest a customer waits to be received
 * @param stipulatedTimes          §2.1.3: the time within which a case of each business type is
 *                                 finished, by business type, in the order the policy lists them
 * @param returnVisitWithin        §2.1.4: how soon after a case is finished its return visit is due
 * @param crossDepartmentReplyDays §2.2.1: within how many working days a request from another
 *                                 department is answered
 * @param severities               how serious a nonconformity with each standard is
 * @param escalation               §2.3.1, §3.3.3: when service findings propose a discipline violation
 */
public record ServiceStandardsPolicy(Duration maxReceptionWait, Map<String, Duration> stipulatedTimes,
                                     Period returnVisitWithin, int crossDepartmentReplyDays,
                                     Map<ServiceStandard, Severity> severities, FindingEscalation escalation) {
    private static final Pattern BUSINESS_TYPE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final String TIMES = "service.case.stipulatedTimes";

    /** Requires every part; keeps the business types' order and a severity for every standard. */
    public ServiceStandardsPolicy {
        Objects.requireNonNull(maxReceptionWait, "maxReceptionWait");
        stipulatedTimes = Collections.unmodifiableMap(new LinkedHashMap<>(stipulatedTimes));
        Objects.requireNonNull(returnVisitWithin, "returnVisitWithin");
        var all = new EnumMap<ServiceStandard, Severity>(ServiceStandard.class);
        all.putAll(severities);
        if (all.size() != ServiceStandard.values().length) {
            throw new IllegalArgumentException("every service standard has a severity");
        }
        severities = Collections.unmodifiableMap(all);
        Objects.requireNonNull(escalation, "escalation");
    }

    /** The time stipulated for a case of {@code businessType}, if the policy knows the type. */
    public Optional<Duration> stipulatedTime(String businessType) {
        return Optional.ofNullable(stipulatedTimes.get(businessType));
    }

    /** How serious a nonconformity with {@code standard} is. */
    public Severity severity(ServiceStandard standard) {
        return severities.get(standard);
    }

    /** What {@code standard} demands under this version, in words that name its measures. */
    public String criterion(ServiceStandard standard) {
        return switch (standard) {
            case RECEPTION_WAIT -> "a customer waits at most " + maxReceptionWait + " to be received";
            case PROMISED_REPLY -> "a reply promised to a customer is given by the promised time";
            case CASE_TIME -> "a business case is finished within the time stipulated for its type: "
                    + stipulatedTimes.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            case NO_UNANNOUNCED_RETURN_TRIP ->
                    "a customer makes no return trip for a document they were not told to bring";
            case RETURN_VISIT -> "a finished case is followed by a return visit within " + returnVisitWithin;
            case PROBLEM_FOLLOW_UP -> "a problem a customer reports is followed until it is solved";
            case CROSS_DEPARTMENT_REPLY -> "a request from another department is answered within "
                    + crossDepartmentReplyDays + " working day(s)";
            case INFORMATION_SHARING -> "important information is shared with the departments concerned, not withheld";
            case FEEDBACK_HANDLING -> "customer feedback gets its first response and its result within the business "
                    + "times the feedback section stipulates for its severity";
        };
    }

    static ServiceStandardsPolicy read(PolicySettings s) {
        var severities = new EnumMap<ServiceStandard, Severity>(ServiceStandard.class);
        for (var standard : ServiceStandard.values()) {
            severities.put(standard, s.constant("service.standard." + standard + ".severity", Severity.class,
                    Severity.MINOR));
        }
        var wait = s.duration("service.standard.RECEPTION_WAIT.maxWait");
        if (wait.isZero() || wait.isNegative()) {
            s.problem("service.standard.RECEPTION_WAIT.maxWait", "must be above zero");
        }
        return new ServiceStandardsPolicy(wait, stipulatedTimes(s), s.period("service.standard.RETURN_VISIT.within"),
                s.integer("service.standard.CROSS_DEPARTMENT_REPLY.workingDays", 1, 30), severities,
                FindingEscalation.read(s));
    }

    /** Business types and their times, written {@code ENQUIRY=PT4H,STANDARD=P3D}. */
    private static Map<String, Duration> stipulatedTimes(PolicySettings s) {
        var times = new LinkedHashMap<String, Duration>();
        var text = s.text(TIMES);
        for (var entry : text.isEmpty() ? List.<String>of() : List.of(text.split(","))) {
            var parts = entry.strip().split("=", 2);
            var type = parts[0].strip();
            if (parts.length != 2 || !BUSINESS_TYPE.matcher(type).matches()) {
                s.problem(TIMES, "'" + entry.strip() + "' is not TYPE=duration with an upper-case business type");
                continue;
            }
            Duration time;
            try {
                time = Duration.parse(parts[1].strip());
            } catch (RuntimeException e) {
                s.problem(TIMES, "the time of " + type + " is not an ISO-8601 duration such as PT4H or P3D");
                continue;
            }
            if (time.isZero() || time.isNegative()) {
                s.problem(TIMES, "the time of " + type + " must be above zero");
            } else if (times.putIfAbsent(type, time) != null) {
                s.problem(TIMES, "lists " + type + " twice");
            }
        }
        return times;
    }

    void write(Map<String, String> out) {
        severities.forEach((standard, severity) -> out.put("service.standard." + standard + ".severity",
                severity.name()));
        out.put("service.standard.RECEPTION_WAIT.maxWait", maxReceptionWait.toString());
        out.put(TIMES, stipulatedTimes.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(",")));
        out.put("service.standard.RETURN_VISIT.within", returnVisitWithin.toString());
        out.put("service.standard.CROSS_DEPARTMENT_REPLY.workingDays", Integer.toString(crossDepartmentReplyDays));
        escalation.write(out);
    }
}
