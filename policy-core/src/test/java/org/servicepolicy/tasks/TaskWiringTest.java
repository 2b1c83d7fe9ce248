package org.servicepolicy.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.servicepolicy.ServicePolicy;
import org.servicepolicy.inmemory.InMemoryStores;

class TaskWiringTest {
    @Test
    void theLibraryNeedsATaskStore() {
        var stores = new InMemoryStores();
        var builder = ServicePolicy.builder().transactions(stores.transactions()).events(stores.eventPublisher())
                .audit(stores.auditTrail()).decisions(stores.decisions()).policyCatalog(stores.policies())
                .employees(stores.employees()).departments(stores.departments()).violations(stores.violations())
                .penalties(stores.penalties()).leaveRequests(stores.leaveRequests());

        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessageContaining(", tasks, ");
        assertThat(builder.inMemory(stores).build().tasks()).isNotNull();
    }

    @Test
    void theInMemoryTaskStoreTakesPartInTheSharedTransactions() {
        var company = new TaskFixture();
        var store = company.stores.tasks();

        assertThatThrownBy(() -> company.stores.transactions().inTransaction(() -> {
            company.assigned(Duration.ofDays(1));
            throw new IllegalStateException("abandon");
        })).hasMessage("abandon");

        assertThat(store.unfinished()).isEmpty();
        assertThat(company.events()).noneMatch(e -> e.type().equals("TaskAssigned"));
    }
}
