package org.servicepolicy.examples;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.servicepolicy.ServicePolicy;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.NewDepartment;
import org.servicepolicy.people.NewEmployee;
import org.servicepolicy.policy.ViolationType;

/**
 * The library embedded without HTTP or a database: in-memory ports, three violations, and the
 * explanation of the penalty each one earns (§3.3.3).
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /** Runs the example on a fixed clock and prints to standard output. */
    public static void main(String[] args) {
        run(Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC), System.out);
    }

    /** Runs the example at {@code clock}'s instant, printing each decision to {@code out}. */
    public static void run(Clock clock, PrintStream out) {
        ServicePolicy policy = ServicePolicy.builder().inMemory().clock(clock).build();
        var founder = new Actor(EmployeeId.of("founder"), Set.of(Role.HR), Optional.empty());
        policy.people().createDepartment(founder, new NewDepartment("service", "Customer Service"));
        policy.people().hire(founder, new NewEmployee("hr", "Hana Li", EmployeeCategory.STAFF, null, "service", 4,
                LocalDate.of(2024, 3, 1), null, null, Set.of(Role.HR)));
        policy.people().hire(founder, new NewEmployee("sam", "Sam Zhao", EmployeeCategory.STAFF, null, "service", 3,
                LocalDate.of(2024, 3, 1), null, new BigDecimal("8000"), Set.of()));
        var hr = policy.people().actorFor(EmployeeId.of("hr")).orElseThrow();

        var now = clock.instant();
        record(policy, hr, out, new RecordViolation("sam", ViolationType.LATE_ARRIVAL, now.minus(Duration.ofDays(20)),
                12, null, "late for the morning shift", null, null, null, null, null, null));
        record(policy, hr, out, new RecordViolation("sam", ViolationType.LATE_ARRIVAL, now.minus(Duration.ofDays(10)),
                50, null, "late again", null, null, null, null, null, null));
        record(policy, hr, out, new RecordViolation("sam", ViolationType.CONFIDENTIALITY_BREACH,
                now.minus(Duration.ofDays(1)), null, null, "shared a pricing sheet", null, null, false, null, null, null));
    }

    private static void record(ServicePolicy policy, Actor hr, PrintStream out, RecordViolation command) {
        var recorded = policy.discipline().record(hr, command);
        out.printf("%s (%s) -> %s%n", recorded.violation().type(), recorded.violation().severity(),
                recorded.proposal().outcome());
        for (var reason : recorded.proposal().reasons()) {
            out.printf("  %s %s: %s%n", reason.clause(), reason.ruleId(), reason.message());
        }
    }
}
