package org.servicepolicy.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.AssessmentPolicy;
import org.servicepolicy.policy.EvaluatorRole;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.StandardPolicy;

/**
 * §3.3.1: the compliance assessment combines superior, peer and self-evaluation. The employee
 * evaluates themself, the direct superior gives the superior evaluation, and peers are
 * colleagues: of the same department by default, neither superior nor subordinate.
 */
class EvaluatorRuleTest {
    private static final Instant HIRED = Instant.parse("2024-01-01T00:00:00Z");

    private static final AssessmentPolicy POLICY = StandardPolicy.definition().assessment();

    // service: head -> lead -> staff, colleague; projects: pm -> engineer
    private final Employee head = employee("head", EmployeeCategory.MANAGER, null, "service");
    private final Employee lead = employee("lead", EmployeeCategory.STAFF, "head", "service");
    private final Employee staff = employee("staff", EmployeeCategory.STAFF, "lead", "service");
    private final Employee colleague = employee("colleague", EmployeeCategory.STAFF, "lead", "service");
    private final Employee pm = employee("pm", EmployeeCategory.MANAGER, null, "projects");
    private final Employee engineer = employee("engineer", EmployeeCategory.STAFF, "pm", "projects");

    @Test
    void theEmployeeEvaluatesThemselfAsSelf() {
        assertThat(standing(staff, staff).role()).contains(EvaluatorRole.SELF);
    }

    @Test
    void theDirectSuperiorGivesTheSuperiorEvaluation() {
        assertThat(standing(lead, staff).role()).contains(EvaluatorRole.SUPERIOR);
    }

    @Test
    void aColleagueOfTheSameDepartmentIsAPeer() {
        assertThat(standing(colleague, staff).role()).contains(EvaluatorRole.PEER);
    }

    @Test
    void aSuperiorFurtherUpTheLineIsNoPeer() {
        var standing = standing(head, staff);
        assertThat(standing.allowed()).isFalse();
        assertThat(standing.refusal()).contains("head is a superior of staff further up the reporting line");
    }

    @Test
    void aSubordinateIsNoPeerOfTheirSuperior() {
        assertThat(standing(staff, lead).refusal()).contains("staff is a subordinate of lead");
        assertThat(standing(staff, head).refusal()).contains("staff is a subordinate of head");
    }

    @Test
    void someoneOfAnotherDepartmentIsNoPeerByDefault() {
        assertThat(standing(engineer, staff).refusal())
                .contains("engineer is not in the department of staff; peers are colleagues of the same department");
    }

    @Test
    void aDepartmentManagersPeersAreColleaguesOfOtherDepartmentsOutsideTheirLine() {
        // Everyone in the head's department reports to them: no possible peer there.
        assertThat(EvaluatorRule.standing(pm, head, above(head), above(pm), superior(head), () -> 0, POLICY).role())
                .contains(EvaluatorRole.PEER);
        assertThat(EvaluatorRule.standing(engineer, head, above(head), above(engineer), superior(head), () -> 0, POLICY).role())
                .contains(EvaluatorRole.PEER);
        assertThat(EvaluatorRule.standing(lead, head, above(head), above(lead), superior(head), () -> 0, POLICY).allowed()).isFalse();
    }

    @Test
    void aDepartmentWithFewerPossiblePeersThanTheMinimumOpensToOtherDepartments() {
        assertThat(POLICY.minimumPeers()).isEqualTo(2);
        assertThat(EvaluatorRule.standing(engineer, staff, above(staff), above(engineer), superior(staff), () -> 1, POLICY).role())
                .contains(EvaluatorRole.PEER);
        assertThat(EvaluatorRule.standing(engineer, staff, above(staff), above(engineer), superior(staff), () -> 2, POLICY).allowed())
                .isFalse();
    }

    @Test
    void possiblePeersInTheDepartmentAreColleaguesOutsideTheReportingLine() {
        assertThat(EvaluatorRule.possibleDepartmentPeer(colleague, staff, above(staff), above(colleague))).isTrue();
        assertThat(EvaluatorRule.possibleDepartmentPeer(lead, staff, above(staff), above(lead))).isFalse();
        assertThat(EvaluatorRule.possibleDepartmentPeer(staff, staff, above(staff), above(staff))).isFalse();
        assertThat(EvaluatorRule.possibleDepartmentPeer(engineer, staff, above(staff), above(engineer))).isFalse();
    }

    @Test
    void aCompanyWideScopeLetsColleaguesOfOtherDepartmentsBePeers() {
        var settings = new HashMap<>(StandardPolicy.definition().settings());
        settings.put("assessment.peers.scope", "COMPANY");
        var companyWide = PolicyDefinition.of("company-peers", Instant.parse("2026-01-01T00:00:00Z"), settings)
                .assessment();
        assertThat(EvaluatorRule.standing(engineer, staff, above(staff), above(engineer), superior(staff), () -> 5, companyWide).role())
                .contains(EvaluatorRole.PEER);
        assertThat(EvaluatorRule.standing(staff, lead, above(lead), above(staff), superior(lead), () -> 5, companyWide).allowed())
                .isFalse();
    }

    private EvaluatorRule.Standing standing(Employee evaluator, Employee evaluated) {
        return EvaluatorRule.standing(evaluator, evaluated, above(evaluated), above(evaluator), superior(evaluated), () -> 5, POLICY);
    }

    /** The direct superior gives the superior evaluation: everyone here is employed. */
    private static Optional<SuperiorEvaluator> superior(Employee evaluated) {
        return evaluated.supervisor().map(s -> new SuperiorEvaluator(s, Optional.empty(), List.of(s)));
    }

    private Set<EmployeeId> above(Employee employee) {
        return switch (employee.id().value()) {
            case "lead" -> Set.of(EmployeeId.of("head"));
            case "staff", "colleague" -> Set.of(EmployeeId.of("lead"), EmployeeId.of("head"));
            case "engineer" -> Set.of(EmployeeId.of("pm"));
            default -> Set.of();
        };
    }

    private static Employee employee(String id, EmployeeCategory category, String supervisor, String department) {
        return new Employee(EmployeeId.of(id), id, category, Optional.ofNullable(supervisor).map(EmployeeId::of),
                DepartmentId.of(department), 3, LocalDate.of(2024, 1, 1), EmploymentStatus.ON_POST, Optional.empty(),
                Set.of(), HIRED, HIRED, 1);
    }
}
