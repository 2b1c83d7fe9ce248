package org.servicepolicy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.fixtures.Outcomes.NOTHING_STORED;
import static org.servicepolicy.fixtures.Outcomes.decided;
import static org.servicepolicy.fixtures.Outcomes.refusal;
import static org.servicepolicy.fixtures.Outcomes.stamp;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Outcomes;
import org.servicepolicy.fixtures.Violations;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.StandardPolicy;

/** §2.1.3, §2.1.4: service cases and their shortfalls, decided without stores. */
class ServiceRecordRulesTest {
    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
    private static final Actor HANDLER = Outcomes.staff(Violations.STAFF.value(), "service");
    private static final Actor MANAGER = Outcomes.manager("manager", "service");
    private static final Employee STAFF = Violations.employee(EmployeeCategory.STAFF, 3);

    private static ServiceCase open(Instant openedAt, Duration time) {
        return new ServiceCase(ServiceCaseId.of("sc-1"), "ENQUIRY", "C-1", STAFF.id(), openedAt, openedAt.plus(time),
                "v1", Optional.empty(), List.of(), List.of(), Optional.empty(), 1);
    }

    @Test
    @DisplayName("§2.1.3: a case is due after its business type's stipulated time; an unknown type is refused by field")
    void openingTakesTheStipulatedTime() {
        var outcome = decided(ServiceRecordRules.open(new ServiceCaseOpening("COMPLEX", " C-9 ", null), STAFF,
                StandardPolicy.definition(), stamp(HANDLER, NOW)));

        assertThat(outcome.changes()).hasSize(1);
        assertThat(outcome.events()).singleElement().isInstanceOfSatisfying(
                ServiceRecordEvent.ServiceCaseOpened.class, e -> assertThat(e.dueAt())
                        .isEqualTo(NOW.plus(Duration.ofHours(240))));
        assertThat(refusal(ServiceRecordRules.open(new ServiceCaseOpening("LOAN", "C-9", null), STAFF,
                StandardPolicy.definition(), stamp(HANDLER, NOW)))).isInstanceOfSatisfying(Refusal.Invalid.class,
                r -> assertThat(r.field()).isEqualTo("businessType"));
    }

    @Test
    @DisplayName("§2.1.3: finishing after the due time marks CASE_TIME once; in time, it marks nothing")
    void finishingLateMarksTheCase() {
        var late = decided(ServiceRecordRules.finish(open(NOW.minus(Duration.ofHours(5)), Duration.ofHours(4)), STAFF,
                StandardPolicy.definition(), stamp(HANDLER, NOW)));
        var inTime = decided(ServiceRecordRules.finish(open(NOW.minus(Duration.ofHours(3)), Duration.ofHours(4)),
                STAFF, StandardPolicy.definition(), stamp(HANDLER, NOW)));

        assertThat(late.changes()).hasSize(2);
        assertThat(inTime.changes()).hasSize(1);
        assertThat(inTime.events()).singleElement().isInstanceOfSatisfying(
                ServiceRecordEvent.ServiceCaseFinished.class, e -> {
                    assertThat(e.late()).isFalse();
                    assertThat(e.returnVisitDueAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
                });
    }

    @Test
    @DisplayName("§2.1.3: a finished case is not finished again")
    void aFinishedCaseIsNotFinishedAgain() {
        var finished = open(NOW.minus(Duration.ofHours(1)), Duration.ofHours(4)).finish(NOW, NOW.plus(Duration.ofDays(30)));

        assertThat(refusal(ServiceRecordRules.finish(finished, STAFF, StandardPolicy.definition(),
                stamp(HANDLER, NOW)))).isInstanceOf(Refusal.Transition.class);
    }

    @Test
    @DisplayName("§2.1.3, §2.1.4: what is due on a case: open past due, and a visit owed past due; exactly at the due time, nothing")
    void dueMarks() {
        var openCase = open(NOW.minus(Duration.ofHours(4)), Duration.ofHours(4));
        var visitOwed = open(NOW.minus(Duration.ofDays(40)), Duration.ofHours(4))
                .finish(NOW.minus(Duration.ofDays(31)), NOW.minus(Duration.ofDays(1)));
        var visitDone = visitOwed.withReturnVisit(visitOwed.returnVisit().orElseThrow()
                .doneAt(NOW.minus(Duration.ofDays(2)), 4, "fine", MANAGER.id()));

        assertThat(ServiceRecordRules.dueMarks(openCase, NOW)).isEmpty();
        assertThat(ServiceRecordRules.dueMarks(openCase, NOW.plusNanos(1000))).extracting(ServiceRecordMark::standard)
                .containsExactly(ServiceStandard.CASE_TIME);
        assertThat(ServiceRecordRules.dueMarks(visitOwed, NOW)).extracting(ServiceRecordMark::standard)
                .containsExactly(ServiceStandard.RETURN_VISIT);
        assertThat(ServiceRecordRules.dueMarks(visitDone, NOW)).isEmpty();
    }

    @Test
    @DisplayName("§2.1.3, §2.3.1: a shortfall is a finding with its standard's severity, explained by a decision naming no maker")
    void aShortfallIsAFinding() {
        var shortfall = new ServiceRecordRules.Shortfall(ServiceCaseId.of("sc-1"), ServiceStandard.CASE_TIME,
                NOW.minus(Duration.ofHours(1)), "ENQUIRY case sc-1 was due an hour ago");

        var outcome = decided(ServiceRecordRules.findings(List.of(shortfall), STAFF, List.of(),
                at -> StandardPolicy.definition(), stamp(ServiceRecordFindings.RECORDS, NOW)));

        var found = outcome.answer().apply(NOTHING_STORED);
        assertThat(found.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.MODERATE);
            assertThat(f.source()).isEqualTo(FindingSource.SERVICE_RECORD);
            assertThat(f.sourceId()).isEqualTo("sc-1");
        });
        assertThat(found.escalations()).isEmpty();
        assertThat(outcome.decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(ServiceRecordRules.RECORD_FINDING);
            assertThat(d.decidedBy()).isEmpty();
            assertThat(d.reasons()).extracting(Reason::clause).containsExactly("§2.1.3", "§2.1.3", "§2.3.1");
        });
    }

    @Test
    @DisplayName("§2.3.1: with two MODERATE findings already, a third shortfall of one command proposes a violation")
    void theThirdModerateShortfallEscalates() {
        var earlier = new ArrayList<ServiceFinding>();
        for (int i = 1; i <= 2; i++) {
            earlier.add(new ServiceFinding("f-" + i, STAFF.id(), ServiceStandard.CASE_TIME, Severity.MODERATE,
                    NOW.minus(Duration.ofDays(i)), FindingSource.SERVICE_RECORD, "sc-0", NOW));
        }
        var shortfall = new ServiceRecordRules.Shortfall(ServiceCaseId.of("sc-1"), ServiceStandard.CASE_TIME, NOW,
                "late");

        var found = decided(ServiceRecordRules.findings(List.of(shortfall), STAFF, earlier,
                at -> StandardPolicy.definition(), stamp(ServiceRecordFindings.RECORDS, NOW)))
                .answer().apply(NOTHING_STORED);

        assertThat(found.escalations()).singleElement().satisfies(e ->
                assertThat(e.reasons().get(0).ruleId()).isEqualTo("service.finding.repeated"));
        var escalation = found.escalations().get(0);
        assertThat(ServiceRules.violationFor(escalation, "service case sc-1").description())
                .contains(escalation.finding().id().toString(), "sc-1");
    }
}
