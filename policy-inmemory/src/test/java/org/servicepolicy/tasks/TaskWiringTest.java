package org.servicepolicy.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.servicepolicy.ServicePolicy;
import org.servicepolicy.fixtures.IncompletePorts;
import org.servicepolicy.inmemory.InMemoryStores;

class TaskWiringTest {
    @Test
    void theLibraryNeedsATaskStore() {
        var stores = new InMemoryStores();
        var builder = ServicePolicy.builder().ports(IncompletePorts.without(stores, TaskStore.class));

        assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class).hasMessageEndingWith(": tasks");
        assertThat(builder.ports(stores).build().tasks()).isNotNull();
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
