package org.servicepolicy.policy;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The training section of the policy (§4.1, §4.2): the programmes as data, which categories of
 * hire go on post without onboarding, and how far ahead obligations are reminded.
 *
 * @param programmes               the programmes, in the policy's order
 * @param onboardingSkipCategories the employee categories (by name, e.g. {@code TEMPORARY}) whose hires start on post
 * @param reminderBefore           how long before an obligation falls due its reminder fires
 */
public record TrainingPolicy(List<TrainingProgramme> programmes, Set<String> onboardingSkipCategories,
                             Period reminderBefore) {
    private static final String PREFIX = "training.";
    private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");
    private static final Pattern CLAUSE = Pattern.compile("§[0-9]+(\\.[0-9]+)*");

    /** Requires every part; programme ids are distinct. */
    public TrainingPolicy {
        programmes = List.copyOf(programmes);
        if (programmes.stream().map(TrainingProgramme::id).distinct().count() != programmes.size()) {
            throw new IllegalArgumentException("each training programme is listed once");
        }
        onboardingSkipCategories = Set.copyOf(onboardingSkipCategories);
        Objects.requireNonNull(reminderBefore, "reminderBefore");
    }

    /** The programme named {@code id}. */
    public Optional<TrainingProgramme> programme(String id) {
        return programmes.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** The programmes a new hire passes before going on post (§4.1.1), in the policy's order. */
    public List<TrainingProgramme> mandatoryBeforePost() {
        return programmes.stream().filter(TrainingProgramme::mandatoryBeforePost).toList();
    }

    /** The programmes taken again when their completion expires (§4.1.2, §4.2.2), in the policy's order. */
    public List<TrainingProgramme> recurring() {
        return programmes.stream().filter(TrainingProgramme::recurring).toList();
    }

    /** The first programme of kind REMEDIAL: what a training follow-up of the service evaluation asks for (§2.3.3). */
    public Optional<TrainingProgramme> remedial() {
        return programmes.stream().filter(p -> p.kind() == ProgrammeKind.REMEDIAL).findFirst();
    }

    /** Whether a hire of the category named {@code category} starts on post, skipping onboarding. */
    public boolean skipsOnboarding(String category) {
        return onboardingSkipCategories.contains(category);
    }

    static TrainingPolicy read(PolicySettings s) {
        var programmes = new ArrayList<TrainingProgramme>();
        for (var id : names(s, PREFIX + "programmes")) {
            var key = PREFIX + "programme." + id + ".";
            var clause = s.text(key + "clause");
            if (!clause.isEmpty() && !CLAUSE.matcher(clause).matches()) {
                s.problem(key + "clause", "must look like §4.1.1, was '" + clause + "'");
                clause = "§4.1.1";
            }
            var every = s.optionalText(key + "every");
            Optional<Period> recurs = Optional.empty();
            if (!every.isEmpty()) {
                recurs = Optional.of(positivePeriod(s, key + "every", every));
            }
            programmes.add(new TrainingProgramme(id, clause.isEmpty() ? "§4.1.1" : clause,
                    s.constant(key + "kind", ProgrammeKind.class, ProgrammeKind.PERIODIC),
                    s.integer(key + "passMark", 0, 100), s.integer(key + "retakes", 0, 20), recurs,
                    bool(s, key + "mandatoryBeforePost"), s.period(key + "dueWithin")));
        }
        var skip = new LinkedHashSet<String>();
        var skipText = s.optionalText(PREFIX + "onboarding.skipCategories");
        for (var category : skipText.isEmpty() ? new String[0] : skipText.split(",")) {
            if (NAME.matcher(category.strip()).matches()) {
                skip.add(category.strip());
            } else {
                s.problem(PREFIX + "onboarding.skipCategories", "'" + category.strip() + "' is not a category name");
            }
        }
        return new TrainingPolicy(programmes, skip, s.period(PREFIX + "reminder.before"));
    }

    private static List<String> names(PolicySettings s, String key) {
        var names = new ArrayList<String>();
        var text = s.optionalText(key);
        for (var name : text.isEmpty() ? new String[0] : text.split(",")) {
            var stripped = name.strip();
            if (!NAME.matcher(stripped).matches()) {
                s.problem(key, "'" + stripped + "' is not an upper-case name such as NEW_HIRE_SERVICE");
            } else if (names.contains(stripped)) {
                s.problem(key, "lists " + stripped + " twice");
            } else {
                names.add(stripped);
            }
        }
        return names;
    }

    private static Period positivePeriod(PolicySettings s, String key, String raw) {
        try {
            var value = Period.parse(raw);
            if (value.isNegative() || value.isZero()) {
                s.problem(key, "must be a positive period or empty, was " + raw);
                return Period.ofYears(1);
            }
            return value;
        } catch (DateTimeParseException e) {
            s.problem(key, "must be an ISO-8601 period such as P12M or empty, was '" + raw + "'");
            return Period.ofYears(1);
        }
    }

    private static boolean bool(PolicySettings s, String key) {
        var raw = s.text(key);
        if (!raw.equals("true") && !raw.equals("false")) {
            s.problem(key, "must be true or false, was '" + raw + "'");
        }
        return raw.equals("true");
    }

    void write(Map<String, String> out) {
        out.put(PREFIX + "programmes", programmes.stream().map(TrainingProgramme::id).collect(Collectors.joining(",")));
        for (var p : programmes) {
            var key = PREFIX + "programme." + p.id() + ".";
            out.put(key + "clause", p.clause());
            out.put(key + "kind", p.kind().name());
            out.put(key + "passMark", Integer.toString(p.passMark()));
            out.put(key + "retakes", Integer.toString(p.retakes()));
            out.put(key + "every", p.every().map(Period::toString).orElse(""));
            out.put(key + "mandatoryBeforePost", Boolean.toString(p.mandatoryBeforePost()));
            out.put(key + "dueWithin", p.dueWithin().toString());
        }
        out.put(PREFIX + "onboarding.skipCategories", onboardingSkipCategories.stream().sorted()
                .collect(Collectors.joining(",")));
        out.put(PREFIX + "reminder.before", reminderBefore.toString());
    }
}
