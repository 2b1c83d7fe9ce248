package org.servicepolicy.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.instancio.Select;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.fixtures.Grading;
import org.servicepolicy.policy.AssessmentPolicy;
import org.servicepolicy.policy.DistributionTies;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.StandardPolicy;

/**
 * §1.3.3 "favouring no one": the distribution rule decides by scores only, so renaming the
 * employees (which also reorders them, since everyone is listed by id) changes no grade.
 */
class DistributionRuleProperties {
    /**
     * Scores from a narrow range, so that equal totals are common; {@code rank} places the member's
     * new name in a renaming.
     */
    record Member(int acceptance, int execution, int discipline, boolean otherDepartment, int rank) {
    }

    /** Eight members, the way of settling ties, and whether at most a quarter (else half) may be EXCELLENT. */
    record Draw(List<Member> members, DistributionTies ties, boolean quarter) {
    }

    static Stream<Draw> departments() {
        return Instancio.ofList(Draw.class).size(200).withSeed(20261127L)
                .generate(Select.field(Draw::members), gen -> gen.collection().size(8))
                .generate(Select.field(Member::acceptance), gen -> gen.ints().range(95, 97))
                .generate(Select.field(Member::execution), gen -> gen.ints().range(95, 97))
                .generate(Select.field(Member::discipline), gen -> gen.ints().range(95, 97))
                .create().stream();
    }

    private static AssessmentPolicy policy(DistributionTies ties, String share) {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.put("assessment.distribution.maxExcellentShare", share);
        settings.put("assessment.distribution.ties", ties.name());
        return PolicyDefinition.of("ties", Instant.EPOCH, settings).assessment();
    }

    /** §1.3.3: renaming every employee changes no grade, under either way of settling ties. */
    @ParameterizedTest
    @MethodSource("departments")
    void renamingEmployeesChangesNoGrade(Draw draw) {
        var members = draw.members();
        var policy = policy(draw.ties(), draw.quarter() ? "0.25" : "0.5");
        var names = new ArrayList<String>();
        for (int i = 0; i < members.size(); i++) {
            names.add("e-" + (char) ('a' + i));
        }
        var renamed = new ArrayList<>(names);
        renamed.sort(Comparator.comparing(name -> members.get(names.indexOf(name)).rank()));
        var before = grades(members, names, policy);
        var after = grades(members, renamed, policy);
        for (int i = 0; i < members.size(); i++) {
            assertThat(after.get(renamed.get(i))).as("member %d, %s renamed %s", i, names.get(i), renamed.get(i))
                    .isEqualTo(before.get(names.get(i)));
        }
    }

    /** The members' grades, each named by {@code names}, listed by name as a cycle lists them. */
    private static Map<String, Grade> grades(List<Member> members, List<String> names, AssessmentPolicy policy) {
        var results = new ArrayList<GradeResult>();
        for (int i = 0; i < members.size(); i++) {
            var m = members.get(i);
            var grading = Grading.of(names.get(i)).in(m.otherDepartment() ? "hq" : "service")
                    .superior(m.acceptance(), m.execution(), m.discipline())
                    .peer(m.acceptance(), m.execution(), m.discipline()).peer(m.acceptance(), m.execution(), m.discipline())
                    .self(m.acceptance(), m.execution(), m.discipline());
            results.add(GradeRule.grade(grading.input(), policy));
        }
        results.sort(Comparator.comparing(r -> r.employee().value()));
        var grades = new HashMap<String, Grade>();
        DistributionRule.apply(results, policy).forEach(r -> grades.put(r.employee().value(), r.grade()));
        return grades;
    }
}
