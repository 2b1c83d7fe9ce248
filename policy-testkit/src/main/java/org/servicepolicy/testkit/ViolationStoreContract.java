package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.servicepolicy.discipline.Compensation;
import org.servicepolicy.discipline.Damage;
import org.servicepolicy.discipline.Violation;
import org.servicepolicy.discipline.Voiding;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.policy.Fault;
import org.servicepolicy.policy.RuleArea;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.ViolationType;

/**
 * The contract of {@link org.servicepolicy.discipline.ViolationStore}: every field survives
 * storage (compensation and voiding included), an employee's violations are listed by time of
 * occurrence then of recording, and optimistic locking holds.
 */
public abstract class ViolationStoreContract extends PortContract {

    @BeforeEach
    void seedTheFixtureEmployees() {
        givenTheFixtureEmployees();
    }

    @Test
    void aViolationWithoutOptionalPartsIsFoundAsAddedAtVersionOne() {
        var violation = Fixtures.violation("V-1").type(ViolationType.NON_WORK_ACTIVITY).build();

        var stored = ports().violations().add(violation);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored).usingRecursiveComparison().ignoringFields("version").isEqualTo(violation);
        var found = ports().violations().find(violation.id()).orElseThrow();
        assertThat(found).isEqualTo(stored);
        assertThat(found.minutes()).isEmpty();
        assertThat(found.days()).isEmpty();
        assertThat(found.ruleArea()).isEmpty();
        assertThat(found.compensation()).isEmpty();
        assertThat(found.voiding()).isEmpty();
        assertThat(found.replaces()).isEmpty();
    }

    /** §3.2.2: the part of an absence that leave left uncovered names the violation it replaces. */
    @Test
    void aReplacementKeepsTheViolationItReplaces() {
        var original = ports().violations().add(Fixtures.violation("V-1").type(ViolationType.ABSENTEEISM)
                .severity(Severity.GROSS).days(3).build());
        var replacement = Fixtures.violation("V-2").type(ViolationType.ABSENTEEISM).severity(Severity.MODERATE).days(1)
                .replaces(original.id()).build();

        var stored = ports().violations().add(replacement);

        assertThat(ports().violations().find(replacement.id())).contains(stored);
        assertThat(stored.replaces()).contains(original.id());
    }

    @Test
    void aViolationWithEveryOptionalPartKeepsThemAll() {
        var violation = Fixtures.violation("V-1").type(ViolationType.COMPANY_RULE_VIOLATION).severity(Severity.GROSS)
                .minutes(45).days(3).ruleArea(RuleArea.FINANCE).customerDataLeaked(true)
                .compensation(compensation(Fault.NEGLIGENCE, "0.50", true)).policyVersion("2025.1")
                .voiding(new Voiding(Fixtures.minutesAfterT0(120), Fixtures.HR, "covered by approved leave L-1 (§3.2.2)"))
                .build();

        var stored = ports().violations().add(violation);

        assertThat(ports().violations().find(violation.id())).contains(stored);
    }

    @Test
    void compensationKeepsItsAmountsScalesAndFaultShareExactly() {
        var violation = Fixtures.violation("V-1").type(ViolationType.PROPERTY_DAMAGE).severity(Severity.MODERATE)
                .compensation(compensation(Fault.NEGLIGENCE, "0.50", true)).build();

        ports().violations().add(violation);

        var kept = ports().violations().find(violation.id()).orElseThrow().compensation().orElseThrow();
        assertThat(kept).isEqualTo(violation.compensation().orElseThrow());
        assertThat(kept.faultShare().scale()).isEqualTo(2);
        assertThat(kept.amount().amount().toPlainString()).isEqualTo("1250.00");
        assertThat(kept.instalmentCap().orElseThrow().amount().toPlainString()).isEqualTo("1000.00");
    }

    @Test
    void compensationWithoutAnInstalmentPlanKeepsCapAndInstalmentsAbsent() {
        var violation = Fixtures.violation("V-1").type(ViolationType.PROPERTY_DAMAGE).severity(Severity.SERIOUS)
                .compensation(compensation(Fault.INTENT, "1", false)).build();

        ports().violations().add(violation);

        var kept = ports().violations().find(violation.id()).orElseThrow().compensation().orElseThrow();
        assertThat(kept).isEqualTo(violation.compensation().orElseThrow());
        assertThat(kept.instalmentCap()).isEmpty();
        assertThat(kept.instalments()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ViolationType.class)
    void everyTypeIsKept(ViolationType type) {
        ports().violations().add(Fixtures.violation("V-1").type(type).build());

        assertThat(ports().violations().find(ViolationId.of("V-1")).orElseThrow().type()).isEqualTo(type);
    }

    @ParameterizedTest
    @EnumSource(Severity.class)
    void everySeverityIsKept(Severity severity) {
        ports().violations().add(Fixtures.violation("V-1").severity(severity).build());

        assertThat(ports().violations().find(ViolationId.of("V-1")).orElseThrow().severity()).isEqualTo(severity);
    }

    @ParameterizedTest
    @EnumSource(RuleArea.class)
    void everyRuleAreaIsKept(RuleArea area) {
        ports().violations().add(Fixtures.violation("V-1").type(ViolationType.COMPANY_RULE_VIOLATION).ruleArea(area)
                .build());

        assertThat(ports().violations().find(ViolationId.of("V-1")).orElseThrow().ruleArea()).contains(area);
    }

    @Test
    void voidingIsStoredByAnUpdateAtTheNextVersion() {
        var stored = ports().violations().add(Fixtures.violation("V-1").minutes(10).build());
        var voided = stored.voided(new Voiding(Fixtures.minutesAfterT0(30), Fixtures.HR, "penalty P-1 revoked on appeal"));

        var updated = ports().violations().update(voided);

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated).usingRecursiveComparison().ignoringFields("version").isEqualTo(voided);
        assertThat(ports().violations().find(stored.id())).contains(updated);
    }

    @Test
    void anUpdateFromAStaleVersionIsAConflictAndChangesNothing() {
        var stored = ports().violations().add(Fixtures.violation("V-1").build());
        var current = ports().violations().update(stored.voided(new Voiding(Fixtures.T0, Fixtures.HR, "first")));

        assertConflict("stale-version",
                () -> ports().violations().update(stored.voided(new Voiding(Fixtures.T0, Fixtures.HR, "second"))));
        assertThat(ports().violations().find(stored.id())).contains(current);
    }

    @Test
    void anUpdateOfAnUnknownViolationIsNotFound() {
        var unknown = Fixtures.violation("V-unknown").version(1).build();

        assertThatThrownBy(() -> ports().violations().update(unknown)).isInstanceOf(NotFoundException.class);
        assertThat(ports().violations().find(unknown.id())).isEmpty();
    }

    @Test
    void addingAnExistingIdIsADuplicateConflictAndKeepsTheFirst() {
        var first = ports().violations().add(Fixtures.violation("V-1").description("first").build());

        assertConflict("duplicate", () -> ports().violations().add(Fixtures.violation("V-1").description("second").build()));
        assertThat(ports().violations().find(first.id())).contains(first);
    }

    @Test
    void anUnknownViolationIsNotFound() {
        ports().violations().add(Fixtures.violation("V-1").build());

        assertThat(ports().violations().find(ViolationId.of("V-2"))).isEmpty();
    }

    @Test
    void anEmployeesViolationsAreListedByOccurrenceThenRecording() {
        var other = givenEmployee(EmployeeId.of("E-other")).id();
        var latest = add(Fixtures.violation("V-a").occurredAt(Fixtures.minutesAfterT0(60)));
        var earliest = add(Fixtures.violation("V-b").occurredAt(Fixtures.minutesAfterT0(-60)));
        add(Fixtures.violation("V-c").employee(other).occurredAt(Fixtures.T0));
        var recordedLater = add(Fixtures.violation("V-d").occurredAt(Fixtures.T0).recordedAt(Fixtures.minutesAfterT0(90)));
        var recordedEarlier = add(Fixtures.violation("V-e").occurredAt(Fixtures.T0).recordedAt(Fixtures.minutesAfterT0(30)));

        assertThat(ports().violations().of(Fixtures.EMPLOYEE))
                .containsExactly(earliest, recordedEarlier, recordedLater, latest);
        assertThat(ports().violations().of(Fixtures.HR)).isEmpty();
    }

    @Test
    void ofAllGivesEachEmployeeWhatOfGivesInTheOrderTheyWereGiven() {
        var other = givenEmployee(EmployeeId.of("E-other")).id();
        add(Fixtures.violation("V-a").occurredAt(Fixtures.minutesAfterT0(60)));
        add(Fixtures.violation("V-b").occurredAt(Fixtures.minutesAfterT0(-60)));
        add(Fixtures.violation("V-c").employee(other).occurredAt(Fixtures.T0));
        add(Fixtures.violation("V-d").occurredAt(Fixtures.T0).recordedAt(Fixtures.minutesAfterT0(90)));
        add(Fixtures.violation("V-e").occurredAt(Fixtures.T0).recordedAt(Fixtures.minutesAfterT0(30)));
        var employees = List.of(other, Fixtures.HR, Fixtures.EMPLOYEE, other);

        var all = ports().violations().ofAll(employees);

        assertThat(all.keySet()).containsExactly(other, Fixtures.HR, Fixtures.EMPLOYEE);
        assertThat(all.get(Fixtures.EMPLOYEE)).hasSize(4).isEqualTo(ports().violations().of(Fixtures.EMPLOYEE));
        assertThat(all.get(other)).hasSize(1).isEqualTo(ports().violations().of(other));
        assertThat(all.get(Fixtures.HR)).isEmpty();
    }

    @Test
    void ofAllFindsTheViolationsOfEmployeesSpreadOverMoreIdsThanOneStatementBinds() {
        var first = givenEmployee(EmployeeId.of("E-first")).id();
        var last = givenEmployee(EmployeeId.of("E-last")).id();
        add(Fixtures.violation("V-first").employee(first));
        add(Fixtures.violation("V-1").occurredAt(Fixtures.minutesAfterT0(5)));
        add(Fixtures.violation("V-2"));
        add(Fixtures.violation("V-last-1").employee(last).occurredAt(Fixtures.minutesAfterT0(-5)));
        add(Fixtures.violation("V-last-2").employee(last));
        var employees = manyIdsAmong(List.of(first, Fixtures.EMPLOYEE, last));

        var all = ports().violations().ofAll(employees);

        assertThat(all.keySet()).containsExactlyElementsOf(employees);
        for (var employee : employees) {
            assertThat(all.get(employee)).as(employee.value()).isEqualTo(ports().violations().of(employee));
        }
        assertThat(all.values().stream().mapToInt(List::size).sum()).isEqualTo(5);
    }

    @Test
    void ofAllOfNoEmployeesIsEmpty() {
        add(Fixtures.violation("V-1"));

        assertThat(ports().violations().ofAll(List.of())).isEmpty();
    }

    private Violation add(ViolationBuilder builder) {
        return ports().violations().add(builder.build());
    }

    private static Compensation compensation(Fault fault, String share, boolean withInstalments) {
        var damage = new Damage(Money.of("2500", "CNY"), fault);
        var faultShare = new BigDecimal(share);
        return new Compensation(damage, faultShare, damage.assessed().times(faultShare),
                withInstalments ? Optional.of(Money.of("1000", "CNY")) : Optional.empty(),
                withInstalments ? Optional.of(2) : Optional.empty());
    }
}
