package org.servicepolicy.assessment;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.servicepolicy.discipline.Penalty;
import org.servicepolicy.discipline.Violation;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.PolicyVersions;

/** What the use cases of the compliance assessment load before they decide, each by set. */
public final class AssessmentFacts {
    private AssessmentFacts() {
    }

    /**
     * The facts of opening a cycle.
     *
     * @param departments every department of the company
     * @param cycles      every cycle so far (read while holding the register of cycles, so that
     *                    two overlapping openings take turns)
     * @param policy      the version in force when the cycle is opened, whose zone counts its days
     */
    public record Opening(Set<DepartmentId> departments, List<AssessmentCycle> cycles, PolicyDefinition policy) {
        /** Copies the collections. */
        public Opening {
            departments = Set.copyOf(departments);
            cycles = List.copyOf(cycles);
            Objects.requireNonNull(policy, "policy");
        }
    }

    /**
     * A cycle, the employees it may concern, and the policy versions.
     *
     * @param cycle     the cycle
     * @param workforce every employee, with their reporting lines
     * @param versions  every policy version
     */
    public record Roll(AssessmentCycle cycle, Workforce workforce, PolicyVersions versions) {
        /** Requires every part. */
        public Roll {
            Objects.requireNonNull(cycle, "cycle");
            Objects.requireNonNull(workforce, "workforce");
            Objects.requireNonNull(versions, "versions");
        }

        /** The employees the cycle assesses, ordered by id. */
        public List<Employee> people() {
            return workforce.assessedIn(cycle);
        }

        /**
         * The one version that decides about the cycle: the one in force at its last instant, when
         * every fact of the period has happened (§1.3.4).
         */
        public PolicyDefinition policy() {
            return versions.inForceAt(cycle.lastInstant());
        }
    }

    /**
     * The facts of submitting an evaluation.
     *
     * @param roll  the cycle and everyone who may evaluate or be evaluated
     * @param given the evaluations the evaluated employee has received in the cycle so far
     */
    public record Evaluating(Roll roll, List<Evaluation> given) {
        /** Copies the evaluations. */
        public Evaluating {
            Objects.requireNonNull(roll, "roll");
            given = List.copyOf(given);
        }
    }

    /**
     * Who a cycle assesses, or a part of them, and the evaluations they have received: what
     * deciding which evaluations are missing needs. A large cycle is finalized a part at a time,
     * each part whole departments, since the distribution rule (§1.3.3) weighs a department's
     * grades together and nothing else.
     *
     * @param roll        the cycle and every employee it assesses
     * @param people      the employees of this part, ordered by id: all of {@code roll.people()},
     *                    or the employees of some of its departments
     * @param assessed    how many employees the whole cycle assesses
     * @param evaluations every evaluation of the cycle whose evaluated employee is one of {@code people}
     */
    public record Participation(Roll roll, List<Employee> people, int assessed, List<Evaluation> evaluations) {
        /** Copies the lists. */
        public Participation {
            Objects.requireNonNull(roll, "roll");
            people = List.copyOf(people);
            if (assessed < people.size()) {
                throw new IllegalArgumentException("a part of " + people.size() + " employees of a cycle assessing "
                        + assessed);
            }
            evaluations = List.copyOf(evaluations);
        }

        /** The whole cycle: everyone it assesses, and {@code evaluations}, every evaluation of it. */
        public Participation(Roll roll, List<Evaluation> evaluations) {
            this(roll, roll.people(), evaluations);
        }

        private Participation(Roll roll, List<Employee> everyone, List<Evaluation> evaluations) {
            this(roll, everyone, everyone.size(), evaluations);
        }
    }

    /**
     * Everything that grades a cycle, read for all its employees at once.
     *
     * @param participation who is assessed and their evaluations
     * @param taskFacts     the task facts of the period, by employee (one may be missing)
     * @param violations    the violations of each employee assessed
     * @param penalties     the penalties of each employee assessed
     */
    public record Grading(Participation participation, Map<EmployeeId, List<TaskFact>> taskFacts,
                          Map<EmployeeId, List<Violation>> violations, Map<EmployeeId, List<Penalty>> penalties) {
        /** Copies the maps. */
        public Grading {
            Objects.requireNonNull(participation, "participation");
            taskFacts = Map.copyOf(taskFacts);
            violations = Map.copyOf(violations);
            penalties = Map.copyOf(penalties);
        }

        /** The cycle graded. */
        public AssessmentCycle cycle() {
            return participation.roll().cycle();
        }
    }

    /** The facts of finalizing a cycle: either it is finalized already, or everything that grades it. */
    public sealed interface Finalizing {
        /**
         * The cycle is finalized: its grades are stored.
         *
         * @param cycle  the cycle
         * @param grades its stored grades
         */
        record Finalized(AssessmentCycle cycle, List<CycleGrade> grades) implements Finalizing {
            /** Copies the grades. */
            public Finalized {
                Objects.requireNonNull(cycle, "cycle");
                grades = List.copyOf(grades);
            }
        }

        /**
         * The cycle is open: everything that grades it, or one part of it ({@link Participation}),
         * and how far finalizing it has come.
         *
         * @param grading      everything that grades the employees of this part
         * @param gradesSoFar  the grades each of them received before, oldest period first
         * @param cycles       every cycle, to name those earlier grades come from
         * @param progress     what the parts before this one gave, and whether this part is the last
         */
        record Open(Grading grading, Map<EmployeeId, List<CycleGrade>> gradesSoFar, List<AssessmentCycle> cycles,
                    Progress progress) implements Finalizing {
            /** Copies the collections. */
            public Open {
                Objects.requireNonNull(grading, "grading");
                gradesSoFar = Map.copyOf(gradesSoFar);
                cycles = List.copyOf(cycles);
                Objects.requireNonNull(progress, "progress");
            }

            /** The whole cycle in one part. */
            public Open(Grading grading, Map<EmployeeId, List<CycleGrade>> gradesSoFar, List<AssessmentCycle> cycles) {
                this(grading, gradesSoFar, cycles, Progress.FIRST_AND_LAST);
            }
        }
    }

    /**
     * How far finalizing a cycle part by part has come.
     *
     * @param graded  how many grades the parts before have stored
     * @param missing the evaluations the parts before miss; once one is missing, nothing more is
     *                stored and the last part refuses the whole cycle, listing every one
     * @param last    whether the part at hand is the last, which closes the cycle
     */
    public record Progress(int graded, List<MissingEvaluation> missing, boolean last) {
        /** The whole cycle in one part. */
        public static final Progress FIRST_AND_LAST = new Progress(0, List.of(), true);

        /** Copies the missing evaluations. */
        public Progress {
            if (graded < 0) {
                throw new IllegalArgumentException("graded must not be negative");
            }
            missing = List.copyOf(missing);
        }
    }
}
