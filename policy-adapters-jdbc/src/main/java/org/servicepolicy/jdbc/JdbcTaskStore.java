package org.servicepolicy.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.servicepolicy.jdbc.internal.InLists;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.tasks.AdjustmentDecision;
import org.servicepolicy.tasks.AdjustmentOutcome;
import org.servicepolicy.tasks.AdjustmentRequest;
import org.servicepolicy.tasks.CompletionReport;
import org.servicepolicy.tasks.Escalation;
import org.servicepolicy.tasks.EscalationAnswer;
import org.servicepolicy.tasks.ProgressReport;
import org.servicepolicy.tasks.Refusal;
import org.servicepolicy.tasks.RefusalRuling;
import org.servicepolicy.tasks.RequirementCheck;
import org.servicepolicy.tasks.Review;
import org.servicepolicy.tasks.ReviewOutcome;
import org.servicepolicy.tasks.SweepMark;
import org.servicepolicy.tasks.Task;
import org.servicepolicy.tasks.TaskId;
import org.servicepolicy.tasks.TaskStatus;
import org.servicepolicy.tasks.TaskStore;
import org.servicepolicy.tasks.TaskTerms;
import org.servicepolicy.tasks.TaskTransition;

/**
 * Tasks in {@code servicepolicy_task}, with optimistic locking on {@code version}; each list of
 * the aggregate in a child table keyed by (task id, number); the sweep's marks in
 * {@code servicepolicy_task_sweep_mark}.
 *
 * <p>Writing: {@link #add} inserts every row. {@link #update} first moves the task row to the
 * next version, which also locks it, so that the stored lists cannot change under the update;
 * it then inserts the entries that are new and writes the rulings, decisions and answers that
 * appeared (see {@link TaskStore}: nothing else about an entry ever changes).
 *
 * <p>Reading: a task is read with one query per table, the same number of queries for one task
 * or for many; then the versions are read again, and a task that another transaction changed in
 * between is read again with its row locked, so that all the parts of a task come from the same
 * version.
 *
 * <p>Marks: the primary key (task, kind, number) decides which of any number of concurrent
 * callers records a mark. On PostgreSQL the insert is {@code INSERT ... ON CONFLICT DO NOTHING}:
 * it waits for a concurrent, uncommitted insert of the same key, then skips the row if that
 * transaction committed or inserts it if it rolled back. On other databases (H2) it is a plain
 * insert inside a savepoint, rolled back to the savepoint when it breaks the key, so that the
 * caller's transaction carries on.
 */
final class JdbcTaskStore implements TaskStore {
    private static final String TABLE = "servicepolicy_task";
    private static final String HEAD_COLUMNS = "title, assigner_id, assignee_id, policy_version, progress_interval,"
            + " assigned_at, status, version";
    private static final String INSERT_HEAD = "INSERT INTO " + TABLE + " (" + HEAD_COLUMNS
            + ", id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_HEAD = "UPDATE " + TABLE + " SET title = ?, assigner_id = ?, assignee_id = ?,"
            + " policy_version = ?, progress_interval = ?, assigned_at = ?, status = ?, version = ?"
            + " WHERE id = ? AND version = ?";
    private static final String STORED_ENTRIES = Arrays.stream(Part.values()).map(Part::entriesQuery)
            .collect(Collectors.joining(" UNION ALL "));
    private static final String INSERT_MARK = "INSERT INTO servicepolicy_task_sweep_mark"
            + " (task_id, mark_kind, mark_number, due_at, marked_at) VALUES (?, ?, ?, ?, ?)";
    private static final Comparator<Task> OLDEST_ASSIGNMENT_FIRST = Comparator.comparing(Task::assignedAt)
            .thenComparing(t -> t.id().value());

    private final JdbcTransactions transactions;

    JdbcTaskStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Task add(Task task) {
        Objects.requireNonNull(task, "task");
        var stored = task.withVersion(1);
        transactions.atomically(c -> {
            Sql.insertNew(c, "task", task.id(), INSERT_HEAD, head(stored, task.id().value()));
            append(c, stored, Stored.NOTHING);
            return null;
        });
        return stored;
    }

    @Override
    public Task update(Task task) {
        Objects.requireNonNull(task, "task");
        var stored = task.withVersion(task.version() + 1);
        transactions.atomically(c -> {
            Sql.updateVersioned(c, TABLE, "task", task.id(), UPDATE_HEAD, head(stored, task.id().value(),
                    task.version()));
            append(c, stored, Stored.read(c, task.id()));
            return null;
        });
        return stored;
    }

    @Override
    public Optional<Task> find(TaskId id) {
        Objects.requireNonNull(id, "id");
        return read(id.value());
    }

    @Override
    public List<Task> assignedTo(EmployeeId assignee) {
        Objects.requireNonNull(assignee, "assignee");
        return list(new Selection("t.assignee_id = ?", List.of(assignee.value()), t -> t.assignee().equals(assignee)));
    }

    @Override
    public Map<EmployeeId, List<Task>> assignedToAll(Collection<EmployeeId> assignees) {
        Objects.requireNonNull(assignees, "assignees");
        // Each chunk is one list read: its head, version and child-table queries cover the whole chunk.
        return InLists.grouped(assignees, chunk -> {
            var ids = chunk.stream().map(EmployeeId::value).toList();
            var wanted = Set.copyOf(chunk);
            return list(new Selection(InLists.in("t.assignee_id", ids.size()), ids,
                    t -> wanted.contains(t.assignee())));
        }, Task::assignee, OLDEST_ASSIGNMENT_FIRST);
    }

    @Override
    public List<Task> assignedBy(EmployeeId assigner) {
        Objects.requireNonNull(assigner, "assigner");
        return list(new Selection("t.assigner_id = ?", List.of(assigner.value()), t -> t.assigner().equals(assigner)));
    }

    @Override
    public List<Task> unfinished() {
        var finished = Arrays.stream(TaskStatus.values()).filter(TaskStatus::finished).map(Enum::name).toList();
        return list(new Selection("t.status NOT IN (" + String.join(", ", Collections.nCopies(finished.size(), "?"))
                + ")", finished, t -> !t.status().finished()));
    }

    @Override
    public List<Task> withOpenEscalations() {
        return list(new Selection("EXISTS (SELECT 1 FROM servicepolicy_task_escalation e"
                + " WHERE e.task_id = t.id AND e.answered_at IS NULL)", List.of(), t -> !t.openEscalations().isEmpty()));
    }

    @Override
    public boolean markOnce(SweepMark mark) {
        Objects.requireNonNull(mark, "mark");
        var values = new Object[] {mark.task().value(), mark.kind(), mark.number(), mark.dueAt(), mark.markedAt()};
        return transactions.atomically(c -> Sql.insertUnlessPresent(c, transactions.onPostgreSql(c), INSERT_MARK,
                "task_id, mark_kind, mark_number", values));
    }

    @Override
    public List<SweepMark> marks(TaskId task) {
        Objects.requireNonNull(task, "task");
        return transactions.withConnection(c -> Sql.query(c, "SELECT task_id, mark_kind, mark_number, due_at, marked_at"
                + " FROM servicepolicy_task_sweep_mark WHERE task_id = ? ORDER BY mark_order",
                row -> new SweepMark(TaskId.of(row.string("task_id")), row.enumValue(SweepMark.Kind.class, "mark_kind"),
                        row.integer("mark_number"), row.instant("due_at"), row.instant("marked_at")), task.value()));
    }
    // ---------------------------------------------------------------- writing

    /** The columns of the task row in statement order, followed by {@code key}. */
    private static Object[] head(Task t, Object... key) {
        var values = new ArrayList<Object>(List.of(t.title(), t.assigner().value(), t.assignee().value(),
                t.policyVersion(), t.progressInterval().map(Period::toString), t.assignedAt(), t.status(), t.version()));
        values.addAll(List.of(key));
        return values.toArray();
    }

    /** Inserts the entries of {@code task} beyond those stored, and the rulings, decisions and answers that appeared. */
    private static void append(Connection c, Task task, Stored before) throws SQLException {
        var id = task.id().value();
        Sql.batch(c, "INSERT INTO servicepolicy_task_copied_employee (task_id, copy_number, employee_id)"
                        + " VALUES (?, ?, ?)",
                rows(added(task, Part.COPIED_PEOPLE, task.copiedPeople(), before), (n, p) -> row(id, n, p.value())));
        Sql.batch(c, "INSERT INTO servicepolicy_task_copied_department (task_id, copy_number, department_id)"
                        + " VALUES (?, ?, ?)",
                rows(added(task, Part.COPIED_DEPARTMENTS, task.copiedDepartments(), before),
                        (n, d) -> row(id, n, d.value())));

        var terms = added(task, Part.TERMS, task.terms(), before);
        Sql.batch(c, "INSERT INTO servicepolicy_task_terms (task_id, terms_version, objective, quality_standard,"
                + " deadline, effective_from, set_by, adjustment_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows(terms, (n, t) -> row(id, n, t.objective(), t.qualityStandard(), t.deadline(), t.effectiveFrom(),
                        t.setBy().value(), t.adjustment())));
        Sql.batch(c, "INSERT INTO servicepolicy_task_requirement (task_id, terms_version, requirement_number,"
                + " requirement) VALUES (?, ?, ?, ?)", nested(id, terms, TaskTerms::requirements));

        Sql.batch(c, "INSERT INTO servicepolicy_task_transition (task_id, transition_number, status, transition_at,"
                + " actor_id, note) VALUES (?, ?, ?, ?, ?, ?)",
                rows(added(task, Part.HISTORY, task.history(), before),
                        (n, t) -> row(id, n, t.status(), t.at(), t.by().value(), t.note())));

        Sql.batch(c, "INSERT INTO servicepolicy_task_refusal (task_id, refusal_number, refused_at, reason, justified,"
                + " ruled_at, ruled_by, ruling_comment, violation_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows(added(task, Part.REFUSALS, task.refusals(), before), (n, r) -> {
                    var ruling = r.ruling();
                    return row(id, n, r.at(), r.reason(), ruling.map(RefusalRuling::justified),
                            ruling.map(RefusalRuling::at), ruling.map(g -> g.by().value()),
                            ruling.map(RefusalRuling::comment), ruling.flatMap(RefusalRuling::violation)
                                    .map(ViolationId::value));
                }));
        for (int number : before.awaiting(Part.REFUSALS)) {
            var ruling = task.refusals().get(number - 1).ruling();
            if (ruling.isPresent()) {
                Sql.update(c, "UPDATE servicepolicy_task_refusal SET justified = ?, ruled_at = ?, ruled_by = ?,"
                        + " ruling_comment = ?, violation_id = ? WHERE task_id = ? AND refusal_number = ?",
                        ruling.get().justified(), ruling.get().at(), ruling.get().by().value(), ruling.get().comment(),
                        ruling.get().violation().map(ViolationId::value), id, number);
            }
        }

        var adjustments = added(task, Part.ADJUSTMENTS, task.adjustments(), before);
        Sql.batch(c, "INSERT INTO servicepolicy_task_adjustment (task_id, adjustment_number, requested_at,"
                + " new_deadline, reason, proposed_alternative, late, policy_version, outcome, decided_at, decided_by,"
                + " decision_reason, terms_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows(adjustments, (n, a) -> {
                    var decision = a.decision();
                    return row(id, n, a.requestedAt(), a.newDeadline(), a.reason(), a.proposedAlternative(), a.late(),
                            a.policyVersion(), decision.map(AdjustmentDecision::outcome),
                            decision.map(AdjustmentDecision::at), decision.map(d -> d.by().value()),
                            decision.map(AdjustmentDecision::reason),
                            decision.flatMap(AdjustmentDecision::termsVersion));
                }));
        Sql.batch(c, "INSERT INTO servicepolicy_task_adjustment_requirement (task_id, adjustment_number,"
                + " requirement_number, requirement) VALUES (?, ?, ?, ?)",
                nested(id, adjustments, AdjustmentRequest::newRequirements));
        for (int number : before.awaiting(Part.ADJUSTMENTS)) {
            var decision = task.adjustments().get(number - 1).decision();
            if (decision.isPresent()) {
                Sql.update(c, "UPDATE servicepolicy_task_adjustment SET outcome = ?, decided_at = ?, decided_by = ?,"
                        + " decision_reason = ?, terms_version = ? WHERE task_id = ? AND adjustment_number = ?",
                        decision.get().outcome(), decision.get().at(), decision.get().by().value(),
                        decision.get().reason(), decision.get().termsVersion(), id, number);
            }
        }

        var reports = added(task, Part.PROGRESS_REPORTS, task.progressReports(), before);
        Sql.batch(c, "INSERT INTO servicepolicy_task_progress_report (task_id, report_number, reported_at,"
                + " report_text, percent_done) VALUES (?, ?, ?, ?, ?)",
                rows(reports, (n, r) -> row(id, n, r.at(), r.text(), r.percentDone())));
        Sql.batch(c, "INSERT INTO servicepolicy_task_progress_blocker (task_id, report_number, blocker_number,"
                + " blocker) VALUES (?, ?, ?, ?)", nested(id, reports, ProgressReport::blockers));

        Sql.batch(c, "INSERT INTO servicepolicy_task_escalation (task_id, escalation_number, raised_at, issue,"
                + " answered_at, answered_by, answer) VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows(added(task, Part.ESCALATIONS, task.escalations(), before), (n, e) -> row(id, n, e.raisedAt(),
                        e.issue(), e.answer().map(EscalationAnswer::at), e.answer().map(a -> a.by().value()),
                        e.answer().map(EscalationAnswer::answer))));
        for (int number : before.awaiting(Part.ESCALATIONS)) {
            var answer = task.escalations().get(number - 1).answer();
            if (answer.isPresent()) {
                Sql.update(c, "UPDATE servicepolicy_task_escalation SET answered_at = ?, answered_by = ?, answer = ?"
                        + " WHERE task_id = ? AND escalation_number = ?",
                        answer.get().at(), answer.get().by().value(), answer.get().answer(), id, number);
            }
        }

        var completions = added(task, Part.COMPLETIONS, task.completions(), before);
        Sql.batch(c, "INSERT INTO servicepolicy_task_completion (task_id, completion_number, submitted_at,"
                + " terms_version, summary, late) VALUES (?, ?, ?, ?, ?, ?)",
                rows(completions, (n, r) -> row(id, n, r.submittedAt(), r.termsVersion(), r.summary(), r.late())));
        var checks = new ArrayList<Object[]>();
        for (var completion : completions) {
            var list = completion.entry().checks();
            for (int i = 0; i < list.size(); i++) {
                var check = list.get(i);
                checks.add(row(id, completion.number(), i + 1, check.requirement(), check.met(), check.note()));
            }
        }
        Sql.batch(c, "INSERT INTO servicepolicy_task_requirement_check (task_id, completion_number, check_number,"
                + " requirement_number, met, note) VALUES (?, ?, ?, ?, ?, ?)", checks);

        Sql.batch(c, "INSERT INTO servicepolicy_task_review (task_id, review_number, completion_number, reviewed_at,"
                + " reviewed_by, outcome, quality_score, comments) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows(added(task, Part.REVIEWS, task.reviews(), before), (n, r) -> row(id, n, r.completion(), r.at(),
                        r.by().value(), r.outcome(), r.qualityScore(), r.comments())));
    }

    /** The entries of {@code part} beyond the stored ones, each with its number: its position, from 1. */
    private static <T> List<Numbered<T>> added(Task task, Part part, List<T> entries, Stored before) {
        int stored = before.count(part);
        if (entries.size() < stored) {
            throw new IllegalArgumentException("task " + task.id() + " has " + stored + " " + part.description
                    + " stored, the update only " + entries.size() + ": the lists of a task only grow");
        }
        return IntStream.range(stored, entries.size()).mapToObj(i -> new Numbered<>(i + 1, entries.get(i))).toList();
    }

    private static <T> List<Object[]> rows(List<Numbered<T>> entries, RowOf<T> row) {
        return entries.stream().map(e -> row.values(e.number(), e.entry())).toList();
    }

    /** One row per item of each entry's list: (task id, entry number, item number, item). */
    private static <T> List<Object[]> nested(String id, List<Numbered<T>> entries,
                                             Function<T, List<String>> items) {
        var rows = new ArrayList<Object[]>();
        for (var entry : entries) {
            var list = items.apply(entry.entry());
            for (int i = 0; i < list.size(); i++) {
                rows.add(row(id, entry.number(), i + 1, list.get(i)));
            }
        }
        return rows;
    }

    private static Object[] row(Object... values) {
        return values;
    }

    // ---------------------------------------------------------------- reading

    private List<Task> list(Selection selection) {
        var changed = new ArrayList<String>();
        var tasks = transactions.withConnection(c -> {
            var read = readOnce(c, selection);
            var current = new HashMap<String, Long>();
            Sql.forEachRow(c, "SELECT t.id, t.version FROM " + TABLE + " t WHERE " + selection.where(),
                    row -> current.put(row.string("id"), row.longInteger("version")), selection.parameters());
            var unchanged = new ArrayList<Task>();
            for (var parts : read.values()) {
                if (Long.valueOf(parts.version).equals(current.get(parts.id.value()))) {
                    unchanged.add(parts.task());
                } else {
                    changed.add(parts.id.value());
                }
            }
            return unchanged;
        });
        for (var id : changed) {
            read(id).filter(selection.holds()).ifPresent(tasks::add);
        }
        return tasks.stream().sorted(OLDEST_ASSIGNMENT_FIRST).toList();
    }

    /**
     * The task {@code id}, read without locks; when another transaction committed a change to it
     * meanwhile, read again with its row locked, which makes writers wait until the read is done.
     */
    private Optional<Task> read(String id) {
        var byId = new Selection("t.id = ?", List.of(id), t -> true);
        var unlocked = transactions.withConnection(c -> {
            var parts = readOnce(c, byId).get(id);
            if (parts == null) {
                return new Attempt(true, Optional.empty());
            }
            var version = Sql.queryOne(c, "SELECT version FROM " + TABLE + " WHERE id = ?",
                    row -> row.longInteger("version"), id);
            boolean unchanged = version.isPresent() && version.get() == parts.version;
            return new Attempt(unchanged, unchanged ? Optional.of(parts.task()) : Optional.empty());
        });
        if (unlocked.consistent()) {
            return unlocked.task();
        }
        return transactions.atomically(c -> {
            if (!Sql.exists(c, "SELECT id FROM " + TABLE + " WHERE id = ? FOR UPDATE", id)) {
                return Optional.empty();
            }
            return Optional.of(readOnce(c, byId).get(id).task());
        });
    }

    /**
     * The parts of the tasks of {@code selection}, by id. Each statement sees what was committed
     * when it ran, so the parts of a task that another transaction changed meanwhile may come
     * from two versions, and rows of two tables may not even fit together: callers compare
     * versions before they put a task together with {@link Parts#task()}.
     */
    private static Map<String, Parts> readOnce(Connection c, Selection selection) throws SQLException {
        var parts = new LinkedHashMap<String, Parts>();
        Sql.forEachRow(c, "SELECT t.id, t." + HEAD_COLUMNS.replace(", ", ", t.") + " FROM " + TABLE + " t WHERE "
                + selection.where(), row -> parts.put(row.string("id"), new Parts(row)), selection.parameters());
        if (parts.isEmpty()) {
            return parts;
        }
        var children = new Children(c, selection, parts);
        children.read("employee_id", Part.COPIED_PEOPLE, (p, row) ->
                p.copiedPeople.add(EmployeeId.of(row.string("employee_id"))));
        children.read("department_id", Part.COPIED_DEPARTMENTS, (p, row) ->
                p.copiedDepartments.add(DepartmentId.of(row.string("department_id"))));
        children.read("x.terms_version, x.requirement_number, x.requirement", "servicepolicy_task_requirement",
                "x.terms_version, x.requirement_number", (p, row) -> p.requirements.computeIfAbsent(
                        row.integer("terms_version"), v -> new ArrayList<>()).add(row.string("requirement")));
        children.read("objective, quality_standard, deadline, effective_from, set_by, adjustment_number", Part.TERMS,
                (p, row) -> {
                    int version = row.integer("terms_version");
                    var objective = row.string("objective");
                    var qualityStandard = row.string("quality_standard");
                    var deadline = row.instant("deadline");
                    var effectiveFrom = row.instant("effective_from");
                    var setBy = EmployeeId.of(row.string("set_by"));
                    var adjustment = row.optionalInteger("adjustment_number");
                    p.terms.add(() -> new TaskTerms(version, objective, p.requirements.getOrDefault(version, List.of()),
                            qualityStandard, deadline, effectiveFrom, setBy, adjustment));
                });
        children.read("status, transition_at, actor_id, note", Part.HISTORY, (p, row) ->
                p.history.add(new TaskTransition(row.enumValue(TaskStatus.class, "status"), row.instant("transition_at"),
                        EmployeeId.of(row.string("actor_id")), row.optionalString("note"))));
        children.read("refused_at, reason, justified, ruled_at, ruled_by, ruling_comment, violation_id", Part.REFUSALS,
                (p, row) -> p.refusals.add(new Refusal(row.integer("refusal_number"), row.instant("refused_at"),
                        row.string("reason"), ruling(row))));
        children.read("x.adjustment_number, x.requirement_number, x.requirement",
                "servicepolicy_task_adjustment_requirement", "x.adjustment_number, x.requirement_number",
                (p, row) -> p.adjustmentRequirements.computeIfAbsent(row.integer("adjustment_number"),
                        n -> new ArrayList<>()).add(row.string("requirement")));
        children.read("requested_at, new_deadline, reason, proposed_alternative, late, policy_version, outcome,"
                + " decided_at, decided_by, decision_reason, terms_version", Part.ADJUSTMENTS, (p, row) -> {
                    int number = row.integer("adjustment_number");
                    var requestedAt = row.instant("requested_at");
                    var newDeadline = row.optionalInstant("new_deadline");
                    var reason = row.string("reason");
                    var alternative = row.string("proposed_alternative");
                    boolean late = row.bool("late");
                    var policyVersion = row.string("policy_version");
                    var decision = decision(row);
                    p.adjustments.add(() -> new AdjustmentRequest(number, requestedAt, newDeadline,
                            p.adjustmentRequirements.getOrDefault(number, List.of()), reason, alternative, late,
                            policyVersion, decision));
                });
        children.read("x.report_number, x.blocker_number, x.blocker", "servicepolicy_task_progress_blocker",
                "x.report_number, x.blocker_number", (p, row) -> p.blockers.computeIfAbsent(
                        row.integer("report_number"), n -> new ArrayList<>()).add(row.string("blocker")));
        children.read("reported_at, report_text, percent_done", Part.PROGRESS_REPORTS, (p, row) -> {
            int number = row.integer("report_number");
            var at = row.instant("reported_at");
            var text = row.string("report_text");
            int percentDone = row.integer("percent_done");
            p.progressReports.add(() -> new ProgressReport(number, at, text, percentDone,
                    p.blockers.getOrDefault(number, List.of())));
        });
        children.read("raised_at, issue, answered_at, answered_by, answer", Part.ESCALATIONS, (p, row) ->
                p.escalations.add(new Escalation(row.integer("escalation_number"), row.instant("raised_at"),
                        row.string("issue"), answer(row))));
        children.read("x.completion_number, x.check_number, x.requirement_number, x.met, x.note",
                "servicepolicy_task_requirement_check", "x.completion_number, x.check_number",
                (p, row) -> p.checks.computeIfAbsent(row.integer("completion_number"), n -> new ArrayList<>())
                        .add(new RequirementCheck(row.integer("requirement_number"), row.bool("met"),
                                row.string("note"))));
        children.read("submitted_at, terms_version, summary, late", Part.COMPLETIONS, (p, row) -> {
            int number = row.integer("completion_number");
            var submittedAt = row.instant("submitted_at");
            int termsVersion = row.integer("terms_version");
            var summary = row.string("summary");
            boolean late = row.bool("late");
            p.completions.add(() -> new CompletionReport(number, submittedAt, termsVersion, summary,
                    p.checks.getOrDefault(number, List.of()), late));
        });
        children.read("completion_number, reviewed_at, reviewed_by, outcome, quality_score, comments", Part.REVIEWS,
                (p, row) -> p.reviews.add(new Review(row.integer("review_number"), row.integer("completion_number"),
                        row.instant("reviewed_at"), EmployeeId.of(row.string("reviewed_by")),
                        row.enumValue(ReviewOutcome.class, "outcome"), row.optionalInteger("quality_score"),
                        row.string("comments"))));
        return parts;
    }

    private static Optional<RefusalRuling> ruling(Row row) throws SQLException {
        var at = row.optionalInstant("ruled_at");
        if (at.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new RefusalRuling(row.bool("justified"), at.get(), EmployeeId.of(row.string("ruled_by")),
                row.string("ruling_comment"), row.optionalString("violation_id").map(ViolationId::of)));
    }

    private static Optional<AdjustmentDecision> decision(Row row) throws SQLException {
        var outcome = row.optionalEnum(AdjustmentOutcome.class, "outcome");
        if (outcome.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AdjustmentDecision(outcome.get(), row.instant("decided_at"),
                EmployeeId.of(row.string("decided_by")), row.string("decision_reason"),
                row.optionalInteger("terms_version")));
    }

    private static Optional<EscalationAnswer> answer(Row row) throws SQLException {
        var at = row.optionalInstant("answered_at");
        if (at.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new EscalationAnswer(at.get(), EmployeeId.of(row.string("answered_by")),
                row.string("answer")));
    }

    // ---------------------------------------------------------------- types

    /** The lists of a task kept in a child table each, as {@link Stored} reads them. */
    private enum Part {
        COPIED_PEOPLE("people copied", "servicepolicy_task_copied_employee", "copy_number", null),
        COPIED_DEPARTMENTS("departments copied", "servicepolicy_task_copied_department", "copy_number", null),
        TERMS("terms versions", "servicepolicy_task_terms", "terms_version", null),
        HISTORY("statuses", "servicepolicy_task_transition", "transition_number", null),
        REFUSALS("refusals", "servicepolicy_task_refusal", "refusal_number", "ruled_at"),
        ADJUSTMENTS("adjustment requests", "servicepolicy_task_adjustment", "adjustment_number", "outcome"),
        PROGRESS_REPORTS("progress reports", "servicepolicy_task_progress_report", "report_number", null),
        ESCALATIONS("escalations", "servicepolicy_task_escalation", "escalation_number", "answered_at"),
        COMPLETIONS("completion reports", "servicepolicy_task_completion", "completion_number", null),
        REVIEWS("reviews", "servicepolicy_task_review", "review_number", null);

        private final String description;
        private final String table;
        private final String numberColumn;
        /** The column that stays null while the entry awaits its ruling, decision or answer. */
        private final String awaitedColumn;

        Part(String description, String table, String numberColumn, String awaitedColumn) {
            this.description = description;
            this.table = table;
            this.numberColumn = numberColumn;
            this.awaitedColumn = awaitedColumn;
        }

        /** One branch of {@link JdbcTaskStore#STORED_ENTRIES}: (part, entry number, 1 when awaiting) of one task. */
        private String entriesQuery() {
            var awaiting = awaitedColumn == null ? "0" : "CASE WHEN " + awaitedColumn + " IS NULL THEN 1 ELSE 0 END";
            return "SELECT '" + name() + "' AS part, " + numberColumn + " AS entry_number, " + awaiting
                    + " AS awaiting FROM " + table + " WHERE task_id = ?";
        }
    }

    /** How many entries of each part a task has stored, and which await their ruling, decision or answer. */
    private record Stored(Map<Part, Integer> counts, Map<Part, Set<Integer>> awaiting) {
        static final Stored NOTHING = new Stored(Map.of(), Map.of());

        static Stored read(Connection c, TaskId id) throws SQLException {
            var counts = new EnumMap<Part, Integer>(Part.class);
            var awaiting = new EnumMap<Part, Set<Integer>>(Part.class);
            var parameters = new Object[Part.values().length];
            Arrays.fill(parameters, id.value());
            Sql.forEachRow(c, STORED_ENTRIES, row -> {
                var part = Part.valueOf(row.string("part"));
                counts.merge(part, 1, Integer::sum);
                if (row.integer("awaiting") == 1) {
                    awaiting.computeIfAbsent(part, p -> new HashSet<>()).add(row.integer("entry_number"));
                }
            }, parameters);
            return new Stored(counts, awaiting);
        }

        int count(Part part) {
            return counts.getOrDefault(part, 0);
        }

        Set<Integer> awaiting(Part part) {
            return awaiting.getOrDefault(part, Set.of());
        }
    }

    /**
     * Which tasks a read is about: a condition on the task row {@code t}, and the same condition
     * on a task, for a task read again.
     */
    private record Selection(String where, List<String> values, Predicate<Task> holds) {
        Object[] parameters() {
            return values.toArray();
        }
    }

    /**
     * A read of one task without locks.
     *
     * @param consistent whether no other transaction changed the task while it was read
     * @param task       the task, when the read is consistent and found it
     */
    private record Attempt(boolean consistent, Optional<Task> task) {
    }

    /** An entry of a list with its number. */
    private record Numbered<T>(int number, T entry) {
    }

    /** The columns of one child row. */
    @FunctionalInterface
    private interface RowOf<T> {
        Object[] values(int number, T entry);
    }

    /** Takes one child row into the parts of its task. */
    @FunctionalInterface
    private interface ChildRow {
        void accept(Parts parts, Row row) throws SQLException;
    }

    /** Reads the child rows of the tasks of one selection. */
    private record Children(Connection connection, Selection selection, Map<String, Parts> parts) {
        void read(String columns, Part part, ChildRow child) throws SQLException {
            read("x." + part.numberColumn + ", " + prefixed(columns), part.table, "x." + part.numberColumn, child);
        }

        void read(String columns, String table, String order, ChildRow child) throws SQLException {
            Sql.forEachRow(connection, "SELECT x.task_id, " + columns + " FROM " + table + " x WHERE x.task_id IN"
                    + " (SELECT t.id FROM " + TABLE + " t WHERE " + selection.where() + ") ORDER BY x.task_id, " + order,
                    row -> {
                        var of = parts.get(row.string("task_id"));
                        if (of != null) {
                            child.accept(of, row);
                        }
                    }, selection.parameters());
        }

        private static String prefixed(String columns) {
            return Arrays.stream(columns.split(", ")).map(column -> "x." + column).collect(Collectors.joining(", "));
        }
    }

    /**
     * The parts of one task as they are read. An entry whose rows are in two tables (terms and
     * their requirements, ...) waits as a supplier: the rows may come from two versions of the
     * task and not fit together until the versions are compared.
     */
    private static final class Parts {
        private final TaskId id;
        private final String title;
        private final EmployeeId assigner;
        private final EmployeeId assignee;
        private final String policyVersion;
        private final Optional<Period> progressInterval;
        private final long version;
        private final List<EmployeeId> copiedPeople = new ArrayList<>();
        private final List<DepartmentId> copiedDepartments = new ArrayList<>();
        private final Map<Integer, List<String>> requirements = new HashMap<>();
        private final List<Supplier<TaskTerms>> terms = new ArrayList<>();
        private final List<TaskTransition> history = new ArrayList<>();
        private final List<Refusal> refusals = new ArrayList<>();
        private final Map<Integer, List<String>> adjustmentRequirements = new HashMap<>();
        private final List<Supplier<AdjustmentRequest>> adjustments = new ArrayList<>();
        private final Map<Integer, List<String>> blockers = new HashMap<>();
        private final List<Supplier<ProgressReport>> progressReports = new ArrayList<>();
        private final List<Escalation> escalations = new ArrayList<>();
        private final Map<Integer, List<RequirementCheck>> checks = new HashMap<>();
        private final List<Supplier<CompletionReport>> completions = new ArrayList<>();
        private final List<Review> reviews = new ArrayList<>();

        Parts(Row head) throws SQLException {
            id = TaskId.of(head.string("id"));
            title = head.string("title");
            assigner = EmployeeId.of(head.string("assigner_id"));
            assignee = EmployeeId.of(head.string("assignee_id"));
            policyVersion = head.string("policy_version");
            progressInterval = head.optionalString("progress_interval").map(Period::parse);
            version = head.longInteger("version");
        }

        /** The task; its entries made of rows of two tables are put together only now. */
        Task task() {
            return new Task(id, title, assigner, assignee, copiedPeople, copiedDepartments, policyVersion,
                    progressInterval, built(terms), history, refusals, built(adjustments), built(progressReports),
                    escalations, built(completions), reviews, version);
        }

        private static <T> List<T> built(List<Supplier<T>> entries) {
            return entries.stream().map(Supplier::get).toList();
        }
    }
}
