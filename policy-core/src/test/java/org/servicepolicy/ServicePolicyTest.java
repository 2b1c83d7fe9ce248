package org.servicepolicy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServicePolicyTest {
    @Test
    void anEmptyBuilderNamesEveryPortItNeeds() {
        assertThatThrownBy(() -> ServicePolicy.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessage("ServicePolicy needs these ports: transactions, events, eventLog, audit, decisions, "
                        + "policyCatalog, employees, departments, violations, penalties, leaveRequests, "
                        + "assessmentCycles, evaluations, cycleGrades, tasks, rewards, suggestions, idempotencyRecords");
    }

    @Test
    void theInMemoryPortsAreEnoughToRunTheLibrary() {
        var policy = ServicePolicy.builder().inMemory().build();
        assertThat(policy.policies().current().version()).isEqualTo("standard");
    }
}
