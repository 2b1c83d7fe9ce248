package org.servicepolicy.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.servicepolicy.jdbc.internal.RowConsumer;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.ExpectedRead;

/**
 * The queries of the reads a transaction was told to expect ({@link ExpectedRead}), to send in
 * the same request as its first read of employees, and the answers they collect, to keep for
 * the stores that answer them ({@link JdbcTransactions#keepReadAhead}): the violation, penalty
 * and leave-request stores take them as they would take what they read themselves.
 */
final class ExpectedReads {
    private final List<String> queries = new ArrayList<>();
    private final List<RowConsumer> consumers = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();
    private final Map<Object, Object> answers = new LinkedHashMap<>();

    ExpectedReads(Collection<ExpectedRead> expected) {
        for (var read : new LinkedHashSet<>(expected)) {
            var employee = read.employee();
            switch (read.kind()) {
                case VIOLATIONS -> add(JdbcViolationStore.OF_EMPLOYEE, JdbcViolationStore.readAhead(employee),
                        JdbcViolationStore.rowsOfEmployee(), employee);
                case PENALTIES -> add(JdbcPenaltyStore.OF_EMPLOYEE, JdbcPenaltyStore.readAhead(employee),
                        new JdbcPenaltyStore.Penalties(), employee);
                case LEAVE_REQUESTS -> add(JdbcLeaveRequestStore.OF_EMPLOYEE, JdbcLeaveRequestStore.readAhead(employee),
                        JdbcLeaveRequestStore.rowsOfEmployee(), employee);
            }
        }
    }

    private void add(String query, Object key, RowConsumer answer, EmployeeId employee) {
        queries.add(query);
        consumers.add(answer);
        parameters.add(employee.value());
        answers.put(key, answer);
    }

    /** The queries, one per expected read, each taking the employee's id. */
    List<String> queries() {
        return List.copyOf(queries);
    }

    /** What collects each query's rows, at the same index. */
    List<RowConsumer> consumers() {
        return List.copyOf(consumers);
    }

    /** The queries' parameters, one after the other. */
    List<Object> parameters() {
        return List.copyOf(parameters);
    }

    /** Keeps every answer for the running transaction, once the request that read them has run. */
    void keepFor(JdbcTransactions transactions) {
        answers.forEach(transactions::keepReadAhead);
    }
}
