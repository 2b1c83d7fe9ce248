package org.servicepolicy.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.servicepolicy.assessment.TaskFact;
import org.servicepolicy.assessment.TaskFactsSource;
import org.servicepolicy.kernel.EmployeeId;

/**
 * Task facts kept in memory: a {@link TaskFactsSource} that an embedding application or a test
 * fills with {@link #record}, until the task capability reports the facts itself.
 */
public final class InMemoryTaskFacts implements TaskFactsSource {
    private record Row(EmployeeId employee, TaskFact fact) {
    }

    private final InMemoryState state;
    private final InMemoryState.Table<Long, Row> rows;

    InMemoryTaskFacts(InMemoryState state) {
        this.state = state;
        this.rows = state.table();
    }

    /** Records that {@code fact} happened to {@code employee}. */
    public void record(EmployeeId employee, TaskFact fact) {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(fact, "fact");
        state.inTransaction(() -> {
            rows.put((long) rows.values().size() + 1, new Row(employee, fact));
            return null;
        });
    }

    @Override
    public Map<EmployeeId, List<TaskFact>> factsOf(Set<EmployeeId> employees, Instant from, Instant to) {
        var facts = new HashMap<EmployeeId, List<TaskFact>>();
        for (var row : rows.values()) {
            var at = row.fact().at();
            if (employees.contains(row.employee()) && !at.isBefore(from) && at.isBefore(to)) {
                facts.computeIfAbsent(row.employee(), e -> new ArrayList<>()).add(row.fact());
            }
        }
        facts.values().forEach(list -> list.sort(Comparator.comparing(TaskFact::at).thenComparing(TaskFact::taskId)));
        return facts;
    }
}
