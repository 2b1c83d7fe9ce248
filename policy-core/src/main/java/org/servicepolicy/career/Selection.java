package org.servicepolicy.career;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;

/**
 * An internal selection for a position (§4.3.2: promotion is fair, by internal selection and
 * competition; cross-department moves are offered): HR opens it, eligible employees apply until it
 * closes, HR chooses one applicant or none.
 *
 * @param id           its identifier
 * @param position     the position's title
 * @param level        the position's level
 * @param department   the department the position is in
 * @param closesAt     when applications close
 * @param openedBy     the HR member who opened it
 * @param openedAt     when
 * @param applications the applications, in the order made
 * @param status       where it stands
 * @param chosen       the applicant chosen; empty while open and when HR chose none
 * @param decidedBy    who decided it; present once decided
 * @param decidedAt    when; present once decided
 * @param decisions    the decision about each applicant, in the order of the applications; empty while open
 * @param version      the optimistic-locking version, 0 before the first save
 */
public record Selection(SelectionId id, String position, int level, DepartmentId department, Instant closesAt,
                        EmployeeId openedBy, Instant openedAt, List<SelectionApplication> applications,
                        SelectionStatus status, Optional<EmployeeId> chosen, Optional<EmployeeId> decidedBy,
                        Optional<Instant> decidedAt, List<DecisionId> decisions, long version) {
    /** Requires every part, copies the lists, one application per employee, and a chosen applicant. */
    public Selection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(openedBy, "openedBy");
        Objects.requireNonNull(openedAt, "openedAt");
        applications = List.copyOf(applications);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(chosen, "chosen");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        decisions = List.copyOf(decisions);
        var applicants = new HashSet<EmployeeId>();
        applications.forEach(a -> applicants.add(a.employee()));
        if (applicants.size() != applications.size()) {
            throw new IllegalArgumentException("one application per employee");
        }
        if (chosen.filter(c -> !applicants.contains(c)).isPresent()) {
            throw new IllegalArgumentException("the chosen employee is an applicant");
        }
        boolean decided = status == SelectionStatus.DECIDED;
        if (decidedBy.isPresent() != decided || decidedAt.isPresent() != decided
                || (!decided && (chosen.isPresent() || !decisions.isEmpty()))) {
            throw new IllegalArgumentException("only a decided selection names who decided it, when and whom");
        }
    }

    /** A selection {@code openedBy} opens at {@code at}. */
    public static Selection opened(SelectionId id, OpenSelection command, EmployeeId openedBy, Instant at) {
        return new Selection(id, command.position().strip(), command.level(), DepartmentId.of(command.departmentId()),
                command.closesAt(), openedBy, at, List.of(), SelectionStatus.OPEN, Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(), 0);
    }

    /** This selection with {@code application} added. */
    public Selection with(SelectionApplication application) {
        var all = new ArrayList<>(applications);
        all.add(application);
        return new Selection(id, position, level, department, closesAt, openedBy, openedAt, all, status, chosen,
                decidedBy, decidedAt, decisions, version);
    }

    /** This selection decided by {@code by} at {@code at}: {@code chosenOne} chosen, if anyone, by {@code recorded}. */
    public Selection decided(Optional<EmployeeId> chosenOne, EmployeeId by, Instant at, List<DecisionId> recorded) {
        return new Selection(id, position, level, department, closesAt, openedBy, openedAt, applications,
                SelectionStatus.DECIDED, chosenOne, Optional.of(by), Optional.of(at), recorded, version);
    }

    /** The application of {@code employee}, if they applied. */
    public Optional<SelectionApplication> applicationOf(EmployeeId employee) {
        return applications.stream().filter(a -> a.employee().equals(employee)).findFirst();
    }

    /** Whether applications are taken at {@code at}: open and not yet closed. */
    public boolean takesApplicationsAt(Instant at) {
        return status == SelectionStatus.OPEN && at.isBefore(closesAt);
    }

    /** This selection showing only {@code kept} of its applications, for a reader who may see no others. */
    public Selection showing(List<SelectionApplication> kept) {
        return new Selection(id, position, level, department, closesAt, openedBy, openedAt, kept, status,
                chosen.filter(c -> kept.stream().anyMatch(a -> a.employee().equals(c))), decidedBy, decidedAt,
                List.of(), version);
    }

    /** This record as stored at {@code storedVersion}. */
    public Selection atVersion(long storedVersion) {
        return new Selection(id, position, level, department, closesAt, openedBy, openedAt, applications, status,
                chosen, decidedBy, decidedAt, decisions, storedVersion);
    }
}
