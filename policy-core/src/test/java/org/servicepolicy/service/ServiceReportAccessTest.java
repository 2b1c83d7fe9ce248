package org.servicepolicy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.fixtures.Outcomes.hr;
import static org.servicepolicy.fixtures.Outcomes.manager;
import static org.servicepolicy.fixtures.Outcomes.staff;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Violations;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.ServiceStandard;

/** §2.3.1, §1.3.3: who may file, rule on and read peer service reports, asked directly, without stores. */
class ServiceReportAccessTest {
    private static final Instant AT = Instant.parse("2026-05-04T10:00:00Z");
    private static final Actor INSPECTOR = new Actor(EmployeeId.of("inspector"),
            Set.of(Role.EMPLOYEE, Role.SUPERVISION_GROUP), Optional.of(DepartmentId.of("quality")));
    private static final Actor REPORTER = staff("reporter", "service");
    private static final Actor SUPERIOR = manager("boss", "projects");
    private static final ServiceReport OPEN = new ServiceReport(ServiceReportId.of("r-1"),
            Optional.of(REPORTER.id()), ServiceReportAddressee.SUPERIOR, Optional.of(SUPERIOR.id()),
            new ServiceReportSubject(ServiceReportSubjectKind.EMPLOYEE, Violations.STAFF.value()),
            Optional.of(ServiceStandard.PROMISED_REPLY), "no call-back", AT, AT, Optional.empty(), 1);
    private static final ServiceReport CONFIRMED = OPEN.ruled(new ServiceReportRuling(ServiceReportStatus.CONFIRMED,
            AT, Optional.of(INSPECTOR.id()), Optional.empty(), Optional.of(ServiceStandard.PROMISED_REPLY),
            Optional.empty(), Optional.empty()));

    @Test
    @DisplayName("§2.3.1: any employee of the company files a report, never about themself (§1.3.3)")
    void whoFiles() {
        var employed = Violations.employee(EmployeeCategory.STAFF, 3);
        assertThat(ServiceReportAccess.mayFile(Optional.of(employed))).isEmpty();
        assertThat(ServiceReportAccess.mayFile(Optional.empty())).containsInstanceOf(Refusal.Access.class);
        assertThat(ServiceReportAccess.mayFile(Optional.of(employed.withStatus(EmploymentStatus.DISMISSED))))
                .containsInstanceOf(Refusal.Access.class);
        var aboutStaff = new ServiceReportSubject(ServiceReportSubjectKind.EMPLOYEE, "staff");
        assertThat(ServiceReportAccess.aboutThemself(staff("staff", "service"), aboutStaff))
                .containsInstanceOf(Refusal.Policy.class);
        assertThat(ServiceReportAccess.aboutThemself(REPORTER, aboutStaff)).isEmpty();
        assertThat(ServiceReportAccess.aboutThemself(staff("staff", "service"),
                new ServiceReportSubject(ServiceReportSubjectKind.DEPARTMENT, "service"))).isEmpty();
    }

    @Test
    @DisplayName("§2.3.1, §1.3.3: the group rules; not HR, a manager or the addressed superior; never its reporter or the colleague")
    void whoRules() {
        assertThat(ServiceReportAccess.mayRule(INSPECTOR, OPEN)).isEmpty();
        assertThat(ServiceReportAccess.mayRule(hr("hr"), OPEN)).containsInstanceOf(Refusal.Access.class);
        assertThat(ServiceReportAccess.mayRule(SUPERIOR, OPEN)).containsInstanceOf(Refusal.Access.class);
        assertThat(ServiceReportAccess.mayRule(manager("m", "service"), OPEN)).containsInstanceOf(Refusal.Access.class);
        var reportingInspector = new Actor(REPORTER.id(), INSPECTOR.roles(), REPORTER.department());
        var inspectedInspector = new Actor(Violations.STAFF, INSPECTOR.roles(), REPORTER.department());
        assertThat(ServiceReportAccess.mayRule(reportingInspector, OPEN)).hasValueSatisfying(r ->
                assertThat(((Refusal.Access) r).message()).contains("§1.3.3"));
        assertThat(ServiceReportAccess.mayRule(inspectedInspector, OPEN)).hasValueSatisfying(r ->
                assertThat(((Refusal.Access) r).message()).contains("§1.3.3"));
    }

    @Test
    @DisplayName("§2.3.1: the reporter, the addressed superior, the group and HR know the reporter; the colleague never")
    void whoKnowsTheReporter() {
        assertThat(ServiceReportAccess.mayKnowReporter(REPORTER, OPEN)).isTrue();
        assertThat(ServiceReportAccess.mayKnowReporter(SUPERIOR, OPEN)).isTrue();
        assertThat(ServiceReportAccess.mayKnowReporter(INSPECTOR, OPEN)).isTrue();
        assertThat(ServiceReportAccess.mayKnowReporter(hr("hr"), OPEN)).isTrue();
        assertThat(ServiceReportAccess.mayKnowReporter(staff("staff", "service"), CONFIRMED)).isFalse();
        assertThat(ServiceReportAccess.mayKnowReporter(new Actor(Violations.STAFF, Set.of(Role.EMPLOYEE, Role.HR,
                Role.SUPERVISION_GROUP), Optional.empty()), CONFIRMED)).isFalse();
        assertThat(ServiceReportAccess.mayKnowReporter(manager("m", "service"), CONFIRMED)).isFalse();
    }

    @Test
    @DisplayName("§2.3.1: the colleague and their manager read a confirmed report without its reporter, an open one not at all")
    void whatTheColleagueAndTheirManagerRead() {
        var colleague = Optional.of(Violations.employee(EmployeeCategory.STAFF, 3));
        assertThat(ServiceReportAccess.visible(staff("staff", "service"), OPEN, colleague)).isEmpty();
        assertThat(ServiceReportAccess.visible(manager("m", "service"), OPEN, colleague)).isEmpty();
        for (var reader : new Actor[] {staff("staff", "service"), manager("m", "service")}) {
            assertThat(ServiceReportAccess.visible(reader, CONFIRMED, colleague)).hasValueSatisfying(r -> {
                assertThat(r.reporter()).isEmpty();
                assertThat(r.superior()).isEmpty();
                assertThat(r.ruling().orElseThrow().by()).isEmpty();
            });
        }
        assertThat(ServiceReportAccess.visible(manager("pm", "projects"), CONFIRMED, colleague)).isEmpty();
        assertThat(ServiceReportAccess.visible(staff("other", "service"), CONFIRMED, colleague)).isEmpty();
        assertThat(ServiceReportAccess.visible(SUPERIOR, CONFIRMED, colleague)).contains(CONFIRMED);
    }

    @Test
    @DisplayName("§2.3.1: every report is read by the group and HR only")
    void whoReadsEveryReport() {
        assertThat(ServiceReportAccess.mayReadAll(INSPECTOR)).isEmpty();
        assertThat(ServiceReportAccess.mayReadAll(hr("hr"))).isEmpty();
        assertThat(ServiceReportAccess.mayReadAll(manager("m", "service"))).containsInstanceOf(Refusal.Access.class);
        assertThat(ServiceReportAccess.mayReadAll(REPORTER)).containsInstanceOf(Refusal.Access.class);
    }
}
