package org.servicepolicy.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.instancio.Instancio;
import org.instancio.Select;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;
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
@ExtendWith(InstancioExtension.class)
class DistributionRuleProperties {
    /** Scores from a narrow range, so that equal totals are common. */
    record Member(int acceptance, int execution, int discipline, boolean otherDepartment) {
    }

    private static AssessmentPolicy policy(DistributionTies ties, String share) {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.put("assessment.distribution.maxExcellentShare", share);
        settings.put("assessment.distribution.ties", ties.name());
        return PolicyDefinition.of("ties", Instant.EPOCH, settings).assessment();
    }

    /** §1.3.3: renaming every employee changes no grade, under either way of settling ties. */
    @RepeatedTest(200)
    void renamingEmployeesChangesNoGrade(@Given DistributionTies ties, @Given long seed) {
        var members = Instancio.ofList(Member.class).size(8)
                .generate(Select.allInts(), gen -> gen.ints().range(95, 97)).create();
        var policy = policy(ties, new Random(seed).nextBoolean() ? "0.25" : "0.5");
        var names = new ArrayList<String>();
        for (int i = 0; i < members.size(); i++) {
            names.add("e-" + (char) ('a' + i));
        }
        var renamed = new ArrayList<>(names);
        Collections.shuffle(renamed, new Random(seed));
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
