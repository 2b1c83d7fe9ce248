package org.servicepolicy.jdbc;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.servicepolicy.ServicePolicy;
import org.servicepolicy.inmemory.InMemoryStores;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.people.NewDepartment;
import org.servicepolicy.people.NewEmployee;

/**
 * The real library wired to JDBC stores, with a fixed clock and ids numbered so that they sort
 * in the order they were made (records made at the same instant are listed by id), and a small
 * company hired through it, on post: HR ({@code hr}) and a staff member at level 3 ({@code staff}).
 */
final class Company {
    static final Instant NOW = Instant.parse("2025-06-02T10:00:00Z");
    static final EmployeeId HR = EmployeeId.of("hr");
    static final EmployeeId STAFF = EmployeeId.of("staff");

    final ServicePolicy policy;
    final Actor hr;

    private Company(ServicePolicy policy, Actor hr) {
        this.policy = policy;
        this.hr = hr;
    }

    /** The library on {@code stores}, with the company hired. */
    static Company hiredOn(JdbcStores stores) {
        return hiredOn(stores, UnaryOperator.identity());
    }

    /** The library on {@code stores} built with {@code customisation} applied last, with the company hired. */
    static Company hiredOn(JdbcStores stores, UnaryOperator<ServicePolicy.Builder> customisation) {
        return hiredOn(ServicePolicy.builder().ports(stores), customisation);
    }

    private static Company hiredOn(ServicePolicy.Builder ports, UnaryOperator<ServicePolicy.Builder> customisation) {
        var policy = customisation.apply(numbered(ports)).build();
        // The first HR member is hired by someone the library does not know yet.
        var founder = new Actor(EmployeeId.of("founder"), Set.of(Role.HR), Optional.empty());
        policy.people().createDepartment(founder, new NewDepartment("service", "Customer service"));
        policy.people().hire(founder, new NewEmployee(HR.value(), "Chen Jing", EmployeeCategory.STAFF, null, "service",
                4, LocalDate.of(2018, 3, 1), EmploymentStatus.ON_POST, null, Set.of(Role.HR)));
        policy.people().hire(founder, new NewEmployee(STAFF.value(), "Li Lei", EmployeeCategory.STAFF, HR.value(),
                "service", 3, LocalDate.of(2020, 1, 6), EmploymentStatus.ON_POST, new BigDecimal("8000"), null));
        return new Company(policy, policy.people().actorFor(HR).orElseThrow());
    }

    /**
     * The library on new in-memory stores, with the same clock and ids, and the company hired:
     * the reference a JDBC run is compared with.
     */
    static Company hiredInMemory() {
        return hiredOn(ServicePolicy.builder().ports(new InMemoryStores()), UnaryOperator.identity());
    }

    /** The library on {@code stores} of a database where the company was hired already. */
    static Company readerOn(JdbcStores stores) {
        var policy = numbered(ServicePolicy.builder().ports(stores)).build();
        return new Company(policy, policy.people().actorFor(HR).orElseThrow());
    }

    private static ServicePolicy.Builder numbered(ServicePolicy.Builder ports) {
        var ids = new AtomicLong();
        return ports.clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .ids(() -> "id-%05d".formatted(ids.incrementAndGet()));
    }
}
