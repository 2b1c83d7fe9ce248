package org.servicepolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.IncompletePorts;
import org.servicepolicy.inmemory.InMemoryStores;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.EventLog;
import org.servicepolicy.kernel.EventPublisher;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.NewDepartment;
import org.servicepolicy.ports.Ports;
import org.servicepolicy.tasks.TaskStore;

class ServicePolicyTest {
    private static final Actor FOUNDER = new Actor(EmployeeId.of("founder"), Set.of(Role.HR), Optional.empty());

    @Test
    void anEmptyBuilderNamesEveryPortItNeeds() {
        var accessors = Arrays.stream(Ports.class.getMethods()).map(Method::getName).toList();

        assertThatThrownBy(() -> ServicePolicy.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("ServicePolicy needs these ports: ")
                .satisfies(e -> assertThat(e.getMessage().substring(e.getMessage().indexOf(": ") + 2).split(", "))
                        .containsExactlyInAnyOrderElementsOf(accessors));
    }

    @Test
    void anAdapterThatLacksPortsHasEveryOneOfThemNamedAtOnce() {
        var incomplete = IncompletePorts.without(new InMemoryStores(), TaskStore.class, EventLog.class);

        assertThatThrownBy(() -> ServicePolicy.builder().ports(incomplete).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("ServicePolicy needs these ports: eventLog, tasks");
    }

    @Test
    void buildingReadsEachPortOnce() {
        var stores = new InMemoryStores();
        var reads = new HashMap<String, Integer>();
        var counted = (Ports) Proxy.newProxyInstance(Ports.class.getClassLoader(), new Class<?>[] {Ports.class},
                (proxy, method, args) -> {
                    reads.merge(method.getName(), 1, Integer::sum);
                    return method.invoke(stores, args);
                });

        ServicePolicy.builder().ports(counted).build();

        assertThat(reads.keySet()).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Ports.class.getMethods()).map(Method::getName).toList());
        assertThat(reads.values()).containsOnly(1);
    }

    @Test
    void theInMemoryPortsAreEnoughToRunTheLibrary() {
        var policy = ServicePolicy.builder().ports(new InMemoryStores()).build();
        assertThat(policy.policies().current().version()).isEqualTo("standard");
    }

    @Test
    void aReplacedPortIsTheOneTheLibraryUsesAndTheOthersStayTheAdapters() {
        var stores = new InMemoryStores();
        var published = new ArrayList<DomainEvent>();
        var policy = ServicePolicy.builder().ports(stores).port(EventPublisher.class, event -> {
            published.add(event);
            stores.eventPublisher().publish(event);
        }).build();

        policy.people().createDepartment(FOUNDER, new NewDepartment("service", "Customer Service"));

        assertThat(published).extracting(DomainEvent::type).containsExactly("DepartmentCreated");
        assertThat(stores.departments().all()).hasSize(1);
    }

    @Test
    void aReplacementGivenBeforeThePortsStillReplaces() {
        var stores = new InMemoryStores();
        var published = new ArrayList<DomainEvent>();
        var policy = ServicePolicy.builder().port(EventPublisher.class, published::add).ports(stores).build();

        policy.people().createDepartment(FOUNDER, new NewDepartment("service", "Customer Service"));

        assertThat(published).hasSize(1);
        assertThat(stores.eventLog().after(0, 10)).isEmpty();
    }

    @Test
    void aReplacementFillsAPortTheAdapterLacks() {
        var stores = new InMemoryStores();
        var incomplete = IncompletePorts.without(stores, TaskStore.class);

        assertThat(ServicePolicy.builder().ports(incomplete).port(TaskStore.class, stores.tasks()).build().tasks())
                .isNotNull();
    }

    @Test
    void onlyThePortsOfPortsCanBeReplaced() {
        assertThatThrownBy(() -> ServicePolicy.builder().port(Runnable.class, () -> { }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("java.lang.Runnable is not the type of a port of org.servicepolicy.ports.Ports");
    }

    @Test
    void everyPortHasATypeOfItsOwnSoThatItCanBeReplacedByItsType() {
        List<Class<?>> types = Arrays.stream(Ports.class.getMethods()).<Class<?>>map(Method::getReturnType).toList();

        assertThat(types).doesNotHaveDuplicates();
    }
}
