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
import org.servicepolicy.inmemory.InMemoryStores;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.people.NewDepartment;
import org.servicepolicy.people.NewEmployee;

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
        ServicePolicy policy = ServicePolicy.builder().ports(new InMemoryStores()).clock(clock).build();
        var founder = new Actor(EmployeeId.of("founder"), Set.of(Role.HR), Optional.empty());
        policy.people().createDepartment(founder, new NewDepartment("service", "Customer Service"));
        policy.people().hire(founder, NewEmployee.of("hr", "Hana Li", EmployeeCategory.STAFF, "service", 4,
                LocalDate.of(2024, 3, 1)).granted(Role.HR).starting(EmploymentStatus.ON_POST));
        policy.people().hire(founder, NewEmployee.of("sam", "Sam Zhao", EmployeeCategory.STAFF, "service", 3,
                LocalDate.of(2024, 3, 1)).earning(new BigDecimal("8000"))
                .starting(EmploymentStatus.ON_POST));
        var hr = policy.people().actorFor(EmployeeId.of("hr")).orElseThrow();

        var now = clock.instant();
        record(policy, hr, out, RecordViolation.lateArrival("sam", now.minus(Duration.ofDays(20)), 12,
                "late for the morning shift"));
        record(policy, hr, out, RecordViolation.lateArrival("sam", now.minus(Duration.ofDays(10)), 50, "late again"));
        record(policy, hr, out, RecordViolation.confidentialityBreach("sam", now.minus(Duration.ofDays(1)), false,
                "shared a pricing sheet"));
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
