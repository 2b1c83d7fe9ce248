package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.AuditEntry;
import org.servicepolicy.kernel.EmployeeId;

/**
 * The contract of {@link org.servicepolicy.kernel.AuditTrail}: entries are appended and read
 * back per record, oldest first, with every field.
 */
public abstract class AuditTrailContract extends PortContract {

    @Test
    void aRecordedEntryIsReadBackWithEveryField() {
        var entry = new AuditEntry(Fixtures.T0, EmployeeId.of("E-hr"), "penalty.issue", "penalty", "P-1",
                "FINE of 200.00 CNY — 罚款");

        ports().auditTrail().record(entry);

        assertThat(ports().auditTrail().about("penalty", "P-1")).containsExactly(entry);
    }

    @Test
    void theEntriesAboutOneRecordAreReadOldestFirstAndNoOthers() {
        var first = record(Fixtures.auditEntry(Fixtures.T0, "penalty", "P-1", "proposed"));
        record(Fixtures.auditEntry(Fixtures.minutesAfterT0(1), "penalty", "P-2", "proposed"));
        record(Fixtures.auditEntry(Fixtures.minutesAfterT0(2), "violation", "P-1", "same id, another kind"));
        var second = record(Fixtures.auditEntry(Fixtures.minutesAfterT0(3), "penalty", "P-1", "issued"));
        var third = record(Fixtures.auditEntry(Fixtures.minutesAfterT0(4), "penalty", "P-1", "appealed"));

        assertThat(ports().auditTrail().about("penalty", "P-1")).containsExactly(first, second, third);
    }

    @Test
    void entriesRecordedTogetherAreKeptInTheirOrder() {
        var proposed = Fixtures.auditEntry(Fixtures.T0, "penalty", "P-1", "proposed");
        var elsewhere = Fixtures.auditEntry(Fixtures.T0, "violation", "V-1", "recorded");
        var issued = Fixtures.auditEntry(Fixtures.T0, "penalty", "P-1", "issued");

        ports().auditTrail().recordAll(List.of(proposed, elsewhere, issued));
        ports().auditTrail().recordAll(List.of());

        assertThat(ports().auditTrail().about("penalty", "P-1")).containsExactly(proposed, issued);
        assertThat(ports().auditTrail().about("violation", "V-1")).containsExactly(elsewhere);
    }

    @Test
    void anEmptyDetailAndALongDetailAreKept() {
        var empty = record(Fixtures.auditEntry(Fixtures.T0, "leave-request", "L-1", ""));
        var lengthy = record(Fixtures.auditEntry(Fixtures.minutesAfterT0(1), "leave-request", "L-1", "y".repeat(4000)));

        assertThat(ports().auditTrail().about("leave-request", "L-1")).containsExactly(empty, lengthy);
    }

    @Test
    void aRecordWithoutEntriesHasAnEmptyTrail() {
        record(Fixtures.auditEntry(Fixtures.T0, "penalty", "P-1", "proposed"));

        assertThat(ports().auditTrail().about("penalty", "P-9")).isEmpty();
    }

    private AuditEntry record(AuditEntry entry) {
        ports().auditTrail().record(entry);
        return entry;
    }
}
