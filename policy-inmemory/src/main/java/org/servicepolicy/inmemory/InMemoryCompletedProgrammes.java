package org.servicepolicy.inmemory;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicepolicy.career.CompletedProgrammes;
import org.servicepolicy.kernel.EmployeeId;

/**
 * The training programmes each employee completed, kept in the in-memory state, as development
 * plans count them (§4.3.1); {@link #record} is how an embedding application or a test says that
 * an employee completed a programme.
 */
public final class InMemoryCompletedProgrammes implements CompletedProgrammes {
    private final InMemoryState state;
    private final InMemoryState.Table<Completion, Completion> completions;

    InMemoryCompletedProgrammes(InMemoryState state) {
        this.state = state;
        this.completions = state.table();
    }

    /** Records that {@code employee} completed {@code programme} at {@code at}; recording it again changes nothing. */
    public void record(EmployeeId employee, String programme, Instant at) {
        var completion = new Completion(employee, programme, at);
        state.inTransaction(() -> {
            completions.put(completion, completion);
            return null;
        });
    }

    @Override
    public Set<String> of(EmployeeId employee, Instant asOf) {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(asOf, "asOf");
        return completions.values().stream().filter(c -> c.employee().equals(employee) && !c.at().isAfter(asOf))
                .map(Completion::programme).collect(Collectors.toUnmodifiableSet());
    }

    private record Completion(EmployeeId employee, String programme, Instant at) {
        Completion {
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(programme, "programme");
            Objects.requireNonNull(at, "at");
        }
    }
}
