package org.servicepolicy.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.servicepolicy.discipline.PenaltyStore;
import org.servicepolicy.discipline.ViolationStore;
import org.servicepolicy.fixtures.Assessments;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.tasks.TaskStore;

/**
 * Grading a cycle is periodic work over a whole department or company: it reads the violations,
 * penalties and tasks of all the cycle's employees at once, never one employee at a time, so
 * that the number of reads does not grow with the number of employees.
 */
class AssessmentStoreReadsTest {
    private final Map<String, Integer> calls = new TreeMap<>();
    private final Company company = new Company((builder, stores) -> builder
            .port(ViolationStore.class, counted(ViolationStore.class, stores.violations()))
            .port(PenaltyStore.class, counted(PenaltyStore.class, stores.penalties()))
            .port(TaskStore.class, counted(TaskStore.class, stores.tasks())));
    private final Assessments assessments = new Assessments(company);
    private final AssessmentService assessment = company.policy.assessment();

    @Test
    void previewingACycleReadsEachStoreOnceForAllItsEmployees() {
        var cycle = gradedJanuary();

        var preview = assessment.preview(company.actor("hr"), cycle.id());

        assertThat(preview.grades()).hasSize(Assessments.SERVICE.size());
        assertThat(calls).containsEntry("ViolationStore.ofAll", 1).containsEntry("PenaltyStore.ofAll", 1)
                .containsEntry("TaskStore.assignedToAll", 1)
                .doesNotContainKeys("ViolationStore.of", "PenaltyStore.of", "TaskStore.assignedTo");
    }

    @Test
    void finalizingACycleReadsEachStoreOnceForAllItsEmployees() {
        var cycle = gradedJanuary();
        assessments.after(cycle);

        var finalized = assessment.finalizeCycle(company.actor("hr"), cycle.id());

        assertThat(finalized.grades()).hasSize(Assessments.SERVICE.size());
        assertThat(calls).containsEntry("ViolationStore.ofAll", 1).containsEntry("PenaltyStore.ofAll", 1)
                .containsEntry("TaskStore.assignedToAll", 1)
                .doesNotContainKeys("ViolationStore.of", "PenaltyStore.of", "TaskStore.assignedTo");
    }

    /** January, evaluated in full, with a violation on record; the reads of setting it up are not counted. */
    private AssessmentCycle gradedJanuary() {
        var cycle = assessments.openJanuary();
        assessments.evaluateEveryone(cycle, Map.of("manager", 85, "staff", 70, "colleague", 60, "temp", 90));
        company.late("staff", 20);
        calls.clear();
        return cycle;
    }

    /** {@code delegate}, counting the calls of each of its methods under "Port.method". */
    private <T> T counted(Class<T> port, T delegate) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            calls.merge(port.getSimpleName() + "." + method.getName(), 1, Integer::sum);
            try {
                return method.invoke(delegate, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
