package org.servicepolicy.policy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.Ids;

/**
 * The customer feedback section of the policy (§2.3.2, §5.2.2): feedback is handled within the
 * stipulated time, counted in business time on the company's calendar, by the department its
 * routing rules name.
 *
 * @param severities      the policy's severity levels of feedback, lightest first
 * @param firstResponse   the business time to the first response, by severity
 * @param resolution      the business time to a result, by severity, counted again each round
 * @param warningShare    the share of an allowance used at which a warning fires, above 0 and below 1
 * @param hrAfter         the business time after a breach, still not met, before HR is escalated to
 * @param hrMayCloseAfter how many rejected results allow HR to close an item
 * @param areas           the business areas an item may name
 * @param routing         the routing rules, first match wins; none matching leaves an item unrouted
 * @param onlineSeverity  the severity of an item a customer submits online, until triage changes it
 * @param contact         how the customer's contact is stored
 */
public record FeedbackPolicy(List<String> severities, Map<String, Duration> firstResponse,
                             Map<String, Duration> resolution, BigDecimal warningShare, Duration hrAfter,
                             int hrMayCloseAfter, List<String> areas, List<Route> routing, String onlineSeverity,
                             FeedbackContactStorage contact) {
    private static final String PREFIX = "feedback.";
    private static final Pattern SEVERITY = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final Pattern AREA = Pattern.compile("[a-z0-9][a-z0-9_-]{0,39}");
    private static final String ANY = "*";

    /**
     * A routing rule: an item whose nature, severity and area match goes to {@code department};
     * an empty part matches anything (written {@code *}).
     *
     * @param nature     the nature matched; empty for any
     * @param severity   the severity matched; empty for any
     * @param area       the area matched; empty for any
     * @param department the department the item goes to
     */
    public record Route(Optional<FeedbackNature> nature, Optional<String> severity, Optional<String> area,
                        DepartmentId department) {
        /** Requires every part. */
        public Route {
            Objects.requireNonNull(nature, "nature");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(area, "area");
            Objects.requireNonNull(department, "department");
        }

        /** Whether an item of {@code itemNature}, {@code itemSeverity} and {@code itemArea} matches. */
        public boolean matches(FeedbackNature itemNature, String itemSeverity, String itemArea) {
            return nature.map(itemNature::equals).orElse(true) && severity.map(itemSeverity::equals).orElse(true)
                    && area.map(itemArea::equals).orElse(true);
        }

        /** The rule as the policy writes it: {@code NATURE/SEVERITY/AREA=departmentId}. */
        @Override
        public String toString() {
            return nature.map(Enum::name).orElse(ANY) + "/" + severity.orElse(ANY) + "/" + area.orElse(ANY) + "="
                    + department.value();
        }
    }

    /** Requires every part: an allowance of each kind for every severity, known areas and severities in the rules. */
    public FeedbackPolicy {
        severities = List.copyOf(severities);
        if (severities.isEmpty() || new LinkedHashSet<>(severities).size() != severities.size()) {
            throw new IllegalArgumentException("feedback has at least one severity, each once");
        }
        firstResponse = Collections.unmodifiableMap(new LinkedHashMap<>(firstResponse));
        resolution = Collections.unmodifiableMap(new LinkedHashMap<>(resolution));
        if (!firstResponse.keySet().equals(new LinkedHashSet<>(severities))
                || !resolution.keySet().equals(new LinkedHashSet<>(severities))) {
            throw new IllegalArgumentException("every feedback severity has a first-response and a resolution time");
        }
        Objects.requireNonNull(warningShare, "warningShare");
        if (warningShare.signum() <= 0 || warningShare.compareTo(BigDecimal.ONE) >= 0) {
            throw new IllegalArgumentException("the warning share is above 0 and below 1");
        }
        Objects.requireNonNull(hrAfter, "hrAfter");
        if (hrMayCloseAfter < 1) {
            throw new IllegalArgumentException("HR closes an item after at least one rejected result");
        }
        areas = List.copyOf(areas);
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("feedback has at least one area");
        }
        routing = List.copyOf(routing);
        var severityList = severities;
        var areaList = areas;
        if (routing.stream().anyMatch(r -> r.severity().filter(s -> !severityList.contains(s)).isPresent()
                || r.area().filter(a -> !areaList.contains(a)).isPresent())) {
            throw new IllegalArgumentException("a routing rule names only the policy's severities and areas");
        }
        if (!severities.contains(onlineSeverity)) {
            throw new IllegalArgumentException("the online severity is one of the policy's severities");
        }
        Objects.requireNonNull(contact, "contact");
    }

    /** Whether {@code severity} is one of this policy's levels. */
    public boolean knowsSeverity(String severity) {
        return severities.contains(severity);
    }

    /** Whether {@code area} is one of this policy's business areas. */
    public boolean knowsArea(String area) {
        return areas.contains(area);
    }

    /** The business time to the first response for an item of {@code severity}, one of {@link #severities}. */
    public Duration firstResponse(String severity) {
        return Objects.requireNonNull(firstResponse.get(severity), () -> "no feedback severity " + severity);
    }

    /** The business time to a result for an item of {@code severity}, one of {@link #severities}. */
    public Duration resolution(String severity) {
        return Objects.requireNonNull(resolution.get(severity), () -> "no feedback severity " + severity);
    }

    /** The first routing rule an item of this nature, severity and area matches; empty when none does. */
    public Optional<Route> route(FeedbackNature nature, String severity, String area) {
        return routing.stream().filter(r -> r.matches(nature, severity, area)).findFirst();
    }

    static FeedbackPolicy read(PolicySettings s) {
        var severities = names(s, PREFIX + "severities", SEVERITY, "an upper-case level such as HIGH");
        if (severities.isEmpty()) {
            severities = List.of("MEDIUM");
        }
        var firstResponse = new LinkedHashMap<String, Duration>();
        var resolution = new LinkedHashMap<String, Duration>();
        for (var severity : severities) {
            firstResponse.put(severity, positive(s, PREFIX + "firstResponse." + severity));
            resolution.put(severity, positive(s, PREFIX + "resolution." + severity));
        }
        var warningShare = s.fraction(PREFIX + "warningShare");
        if (warningShare.signum() <= 0 || warningShare.compareTo(BigDecimal.ONE) >= 0) {
            s.problem(PREFIX + "warningShare", "must be above 0 and below 1, was " + warningShare.toPlainString());
            warningShare = new BigDecimal("0.75");
        }
        var hrAfter = positive(s, PREFIX + "escalation.hrAfter");
        var hrMayCloseAfter = s.integer(PREFIX + "rounds.hrMayCloseAfter", 1, 20);
        var areas = names(s, PREFIX + "areas", AREA, "a lower-case name such as billing");
        if (areas.isEmpty()) {
            areas = List.of("general");
        }
        var routing = routing(s, severities, areas);
        var onlineSeverity = s.text(PREFIX + "online.severity");
        if (!severities.contains(onlineSeverity)) {
            s.problem(PREFIX + "online.severity", "must be one of " + severities + ", was '" + onlineSeverity + "'");
            onlineSeverity = severities.get(0);
        }
        return new FeedbackPolicy(severities, firstResponse, resolution, warningShare, hrAfter, hrMayCloseAfter, areas,
                routing, onlineSeverity, s.constant(PREFIX + "contact", FeedbackContactStorage.class,
                FeedbackContactStorage.NONE));
    }

    /** A comma list of distinct names of {@code pattern}; empty, with a problem, when it has none. */
    private static List<String> names(PolicySettings s, String key, Pattern pattern, String what) {
        var names = new ArrayList<String>();
        for (var name : s.text(key).split(",")) {
            var stripped = name.strip();
            if (!pattern.matcher(stripped).matches()) {
                s.problem(key, "'" + stripped + "' is not " + what);
            } else if (names.contains(stripped)) {
                s.problem(key, "lists " + stripped + " twice");
            } else {
                names.add(stripped);
            }
        }
        return names;
    }

    private static Duration positive(PolicySettings s, String key) {
        var value = s.duration(key);
        if (value.isZero() || value.isNegative()) {
            s.problem(key, "must be above zero");
            return Duration.ofHours(1);
        }
        return value;
    }

    /** Rules written {@code NATURE/SEVERITY/AREA=departmentId}, separated by {@code ;}, {@code *} for any. */
    private static List<Route> routing(PolicySettings s, List<String> severities, List<String> areas) {
        var key = PREFIX + "routing";
        var text = s.optionalText(key);
        var routes = new ArrayList<Route>();
        for (var rule : text.isEmpty() ? new String[0] : text.split(";")) {
            var sides = rule.strip().split("=", 2);
            var parts = sides[0].strip().split("/", -1);
            if (sides.length != 2 || parts.length != 3 || !Ids.isValid(sides[1].strip())) {
                s.problem(key, "'" + rule.strip() + "' is not NATURE/SEVERITY/AREA=departmentId");
                continue;
            }
            var nature = part(parts[0]);
            var severity = part(parts[1]);
            var area = part(parts[2]);
            var natureKnown = nature.isEmpty() || List.of(FeedbackNature.values()).stream()
                    .anyMatch(n -> n.name().equals(nature.get()));
            if (!natureKnown) {
                s.problem(key, "'" + rule.strip() + "' names no nature of " + List.of(FeedbackNature.values()));
            } else if (severity.filter(v -> !severities.contains(v)).isPresent()) {
                s.problem(key, "'" + rule.strip() + "' names no severity of " + severities);
            } else if (area.filter(v -> !areas.contains(v)).isPresent()) {
                s.problem(key, "'" + rule.strip() + "' names no area of " + areas);
            } else {
                routes.add(new Route(nature.map(FeedbackNature::valueOf), severity, area,
                        DepartmentId.of(sides[1].strip())));
            }
        }
        return routes;
    }

    private static Optional<String> part(String written) {
        var stripped = written.strip();
        return stripped.equals(ANY) ? Optional.empty() : Optional.of(stripped);
    }

    void write(Map<String, String> out) {
        out.put(PREFIX + "severities", String.join(",", severities));
        firstResponse.forEach((severity, time) -> out.put(PREFIX + "firstResponse." + severity, time.toString()));
        resolution.forEach((severity, time) -> out.put(PREFIX + "resolution." + severity, time.toString()));
        out.put(PREFIX + "warningShare", warningShare.toPlainString());
        out.put(PREFIX + "escalation.hrAfter", hrAfter.toString());
        out.put(PREFIX + "rounds.hrMayCloseAfter", Integer.toString(hrMayCloseAfter));
        out.put(PREFIX + "areas", String.join(",", areas));
        out.put(PREFIX + "routing", routing.stream().map(Route::toString).collect(Collectors.joining(";")));
        out.put(PREFIX + "online.severity", onlineSeverity);
        out.put(PREFIX + "contact", contact.name());
    }
}
