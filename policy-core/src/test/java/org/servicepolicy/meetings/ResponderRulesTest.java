package org.servicepolicy.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.fixtures.Outcomes.decided;
import static org.servicepolicy.fixtures.Outcomes.refusal;
import static org.servicepolicy.fixtures.Outcomes.stamp;
import static org.servicepolicy.meetings.Meetings.PROJECTS;
import static org.servicepolicy.meetings.Meetings.SERVICE;
import static org.servicepolicy.meetings.Meetings.STARTS;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Outcomes;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.Department;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.StandardPolicy;

/** §5.1.1: naming a department's responders, decided without stores. */
class ResponderRulesTest {
    private static final Department DEPARTMENT = new Department(SERVICE, "Service");
    private static final Employee ANNA = Meetings.staff("anna", SERVICE);
    private static final Employee BEN = Meetings.staff("ben", SERVICE);
    private static final Employee CARL = Meetings.staff("carl", SERVICE);
    private static final Employee DORA = Meetings.staff("dora", SERVICE);
    private static final Employee DEV = Meetings.staff("dev", PROJECTS);

    private static ResponderRules.Naming facts(Optional<DepartmentResponders> current, Employee... named) {
        var policy = StandardPolicy.definition();
        return new ResponderRules.Naming(Optional.of(DEPARTMENT), List.of(named), current, policy.meetings(),
                policy.version());
    }

    @Test
    @DisplayName("§5.1.1: HR names employees of the department, kept by id, replacing the version named before")
    void naming() {
        var current = new DepartmentResponders(SERVICE, List.of(ANNA.id()), Outcomes.hr("hr").id(), STARTS, 4);

        var outcome = decided(ResponderRules.name(SERVICE, new NameResponders(List.of("ben", "anna")),
                facts(Optional.of(current), ANNA, BEN), stamp(Outcomes.hr("hr"), STARTS)));

        assertThat(outcome.changes()).hasSize(1);
        assertThat(outcome.events()).singleElement().isInstanceOfSatisfying(RespondersNamed.class,
                e -> assertThat(e.responders()).containsExactly(ANNA.id(), BEN.id()));
        assertThat(decided(ResponderRules.name(SERVICE, new NameResponders(List.of()), facts(Optional.of(current)),
                stamp(Outcomes.manager("boss", "service"), STARTS))).events()).singleElement()
                .isInstanceOfSatisfying(RespondersNamed.class, e -> assertThat(e.responders()).isEmpty());
    }

    @Test
    @DisplayName("§5.1.1: employees of other departments, or not employed, are refused by field; more than the policy's most too")
    void namingIsRefusedOtherwise() {
        var left = Meetings.employee("left", SERVICE, EmployeeCategory.STAFF, EmploymentStatus.LEFT, Optional.empty());
        var hr = stamp(Outcomes.hr("hr"), STARTS);

        assertThat(refusal(ResponderRules.name(SERVICE, new NameResponders(List.of("anna", "dev", "left", "nobody")),
                facts(Optional.empty(), ANNA, DEV, left), hr))).isInstanceOfSatisfying(Refusal.InvalidFields.class,
                r -> assertThat(r.problems()).extracting(p -> p.field()).containsExactly("employeeIds[1]",
                        "employeeIds[2]", "employeeIds[3]"));
        assertThat(refusal(ResponderRules.name(SERVICE, new NameResponders(List.of("anna", "ben", "carl", "dora")),
                facts(Optional.empty(), ANNA, BEN, CARL, DORA), hr))).isInstanceOfSatisfying(Refusal.Policy.class,
                p -> assertThat(p.rule()).isEqualTo("meetings.responders.max"));
        assertThat(refusal(ResponderRules.name(SERVICE, new NameResponders(List.of("anna")),
                new ResponderRules.Naming(Optional.empty(), List.of(ANNA), Optional.empty(),
                        StandardPolicy.definition().meetings(), "standard"), hr))).isInstanceOf(Refusal.Missing.class);
        assertThat(refusal(ResponderRules.name(SERVICE, new NameResponders(List.of("anna")),
                facts(Optional.empty(), ANNA), stamp(Outcomes.manager("pm", "projects"), STARTS))))
                .isInstanceOf(Refusal.Access.class);
    }
}
