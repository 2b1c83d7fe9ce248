package org.servicepolicy.assessment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.people.Employee;

/**
 * The set-based loading of {@link AssessmentService}'s grading and finalizing (§3.3.1): one read
 * per store for all the employees graded together, never one per employee, and the partition of
 * a cycle into parts of whole departments that finalizing reads and writes one at a time.
 */
final class CycleLoads {
    private CycleLoads() {
    }

    /**
     * Everything that grades the employees of {@code part}, one read per store for all of them;
     * once a part before misses evaluations, only their evaluations, to list what they miss.
     */
    static AssessmentFacts.Finalizing finalizing(AssessmentStores stores, AssessmentFacts.Roll roll,
                                                 List<Employee> part, int assessed, List<AssessmentCycle> cycles,
                                                 AssessmentFacts.Progress progress) {
        var ids = part.stream().map(Employee::id).toList();
        var participation = new AssessmentFacts.Participation(roll, part, assessed,
                ids.isEmpty() ? List.of() : stores.evaluations().inCycleOf(roll.cycle().id(), ids));
        if (!progress.missing().isEmpty()) {
            return new AssessmentFacts.Finalizing.Open(new AssessmentFacts.Grading(participation, Map.of(), Map.of(),
                    Map.of()), Map.of(), cycles, progress);
        }
        return new AssessmentFacts.Finalizing.Open(grading(stores, participation), stores.grades().ofAll(ids), cycles,
                progress);
    }

    /**
     * The employees of a cycle in parts of whole departments, by department id, each part of at
     * most {@code employeesPerPart} employees unless one department alone has more; one empty
     * part when the cycle assesses nobody, so that it is still closed.
     */
    static List<List<Employee>> parts(List<Employee> everyone, int employeesPerPart) {
        var byDepartment = new TreeMap<String, List<Employee>>();
        everyone.forEach(e -> byDepartment.computeIfAbsent(e.department().value(), d -> new ArrayList<>()).add(e));
        var parts = new ArrayList<List<Employee>>();
        var part = new ArrayList<Employee>();
        for (var department : byDepartment.values()) {
            if (!part.isEmpty() && part.size() + department.size() > employeesPerPart) {
                parts.add(sortedById(part));
                part = new ArrayList<>();
            }
            part.addAll(department);
        }
        parts.add(sortedById(part));
        return parts;
    }

    private static List<Employee> sortedById(List<Employee> employees) {
        return employees.stream().sorted(Comparator.comparing(e -> e.id().value())).toList();
    }

    /** Everything that grades the employees of {@code participation}: one read per store for all of them. */
    static AssessmentFacts.Grading grading(AssessmentStores stores, AssessmentFacts.Participation participation) {
        var cycle = participation.roll().cycle();
        var people = participation.people().stream().map(Employee::id).toList();
        var taskFacts = people.isEmpty() ? Map.<EmployeeId, List<TaskFact>>of()
                : stores.taskFacts().factsOf(new LinkedHashSet<>(people), cycle.startsAt(), cycle.closesAt());
        return new AssessmentFacts.Grading(participation, taskFacts, stores.violations().ofAll(people),
                stores.penalties().ofAll(people));
    }
}
