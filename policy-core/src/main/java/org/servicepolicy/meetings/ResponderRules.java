package org.servicepolicy.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.people.Department;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.MeetingPolicy;

/**
 * §5.1.1: each department names someone to answer on the internal platform: its manager or HR
 * names employed employees of it, no more than the policy allows. Pure: decides from the facts
 * loaded and the stamp.
 */
public final class ResponderRules {
    private ResponderRules() {
    }

    /**
     * The facts naming responders needs.
     *
     * @param department the department, if it exists
     * @param named      the employees named, as found
     * @param current    the responders it names now, if any
     * @param policy     the meetings section of the policy in force now
     * @param version    the policy version in force now
     */
    public record Naming(Optional<Department> department, List<Employee> named,
                         Optional<DepartmentResponders> current, MeetingPolicy policy, String version) {
        /** Requires every part. */
        public Naming {
            Objects.requireNonNull(department, "department");
            named = List.copyOf(named);
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(version, "version");
        }
    }

    /** §5.1.1: names the responders of {@code department}, replacing those it named before. */
    public static Outcome<MeetingStores, DepartmentResponders> name(DepartmentId department, NameResponders command,
                                                                    Naming facts, Stamp stamp) {
        var ids = command.responders();
        var problems = new ArrayList<FieldProblem>();
        for (int i = 0; i < ids.size(); i++) {
            var id = ids.get(i);
            var found = facts.named().stream().filter(e -> e.id().equals(id)).findFirst();
            if (found.filter(e -> e.status().employed() && e.department().equals(department)).isEmpty()) {
                problems.add(new FieldProblem("employeeIds[" + i + "]", "no employed employee of department "
                        + department + ": " + id));
            }
        }
        var max = facts.policy().maxResponders();
        var refusal = facts.department().isEmpty() ? Optional.of(Refusal.missing("department", department))
                : MeetingAccess.mayNameResponders(stamp.actor(), department, ids)
                .or(() -> problems.isEmpty() ? Optional.empty() : Optional.of(Refusal.invalid(problems)))
                .or(() -> ids.size() > max ? Optional.of(Refusal.policy("§5.1.1", "meetings.responders.max",
                        "a department names at most " + max + " responders (policy " + facts.version() + ")",
                        "employeeIds")) : Optional.empty());
        return Outcome.unless(refusal, () -> {
            var now = stamp.now();
            var responders = new DepartmentResponders(department, ids, stamp.actor().id(), now,
                    facts.current().map(DepartmentResponders::version).orElse(0L));
            var draft = Outcome.<MeetingStores>draft();
            var stored = draft.change(Change.of(s -> s.responders().save(responders)));
            draft.event(new RespondersNamed(department, responders.responders(), stamp.actor().id(), now));
            draft.audit(stamp.audit("meetings.responders.name", "department", department.value(),
                    responders.responders().isEmpty() ? "names nobody" : "responders " + responders.responders()));
            return draft.answer(s -> s.of(stored));
        });
    }
}
