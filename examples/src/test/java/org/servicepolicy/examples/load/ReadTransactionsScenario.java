package org.servicepolicy.examples.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicepolicy.ServicePolicy;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.kernel.EmployeeId;

/**
 * Reads: every read request of the REST API, its caller's resolution included, runs in one
 * transaction on one connection, with a small number of statements that does not grow with the
 * records read; a read about an employee reads its caller and that employee in one statement.
 * Counted at the data source the JDBC stores are given, over real HTTP through
 * {@code ServicePolicyFeature}.
 */
abstract class ReadTransactionsScenario {
    /** The reads that tell their transaction what they will read ({@code ExpectedRead}). */
    private static final Set<String> RECORDS_READS = Set.of("/employees/staff/violations",
            "/employees/staff/penalties", "/employees/staff/leave-requests");
    private final HttpClient http = HttpClient.newHttpClient();
    private final Clock clock = Clock.systemUTC();
    private LoadDatabase database;
    private CountingDataSource counting;
    private ServicePolicy policy;
    private LoadServer server;

    /** A new database of the kind under test. */
    abstract LoadDatabase database();

    /**
     * The statements the adapter sends on a connection before the transaction's own: on H2, the
     * query of its lock timeout ({@code JdbcTransactions}); none on PostgreSQL.
     */
    abstract int connectionStatements();

    /**
     * What a read of an employee's violations, penalties or leave requests, which the transaction
     * is told to expect, asks of the data source. On PostgreSQL, one statement, the caller and
     * the employee read with the records in one request, sent with no {@code BEGIN}: the database
     * runs the request as one transaction of its own, so nothing is begun or committed on the
     * connection. On H2, which reads nothing ahead, one transaction begun and committed, and three
     * statements: the lock timeout's query, the caller with the employee, and the records.
     */
    abstract CountingDataSource.Counts countsOfARecordsRead();

    @BeforeEach
    void start() {
        database = database();
        counting = new CountingDataSource(database.dataSource());
        policy = LoadServer.seededPolicy(counting.dataSource(), clock);
        server = LoadServer.feature(policy);
    }

    @AfterEach
    void stop() {
        server.close();
        database.close();
    }

    @Test
    @DisplayName("an employee's penalties are read in one transaction with a fixed number of statements however many there are")
    void penaltiesTakeOneTransactionAndAFixedNumberOfStatements() {
        counting.reset();
        assertThat(get("hr", "/employees/staff/penalties").statusCode()).isEqualTo(200);
        var fourPenalties = counting.counts();

        recordViolations(6);
        counting.reset();
        var response = get("hr", "/employees/staff/penalties");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"step\"");
        assertThat(fourPenalties).isEqualTo(countsOfARecordsRead());
        assertThat(counting.counts()).isEqualTo(fourPenalties);
    }

    @ParameterizedTest(name = "GET {0} takes one transaction and as many statements with more records")
    @ValueSource(strings = {"/me", "/employees", "/employees/staff", "/employees/staff/history",
            "/employees/staff/violations", "/employees/staff/penalties", "/employees/staff/leave-requests",
            "/employees/staff/decisions", "/employees/staff/tasks", "/employees/staff/rewards", "/departments",
            "/employees/staff/service-findings", "/policies/current", "/events"})
    void everyReadTakesOneTransaction(String path) {
        counting.reset();
        assertThat(get("hr", path).statusCode()).isEqualTo(200);
        var before = counting.counts();

        recordViolations(3);
        counting.reset();
        var response = get("hr", path);

        assertThat(response.statusCode()).isEqualTo(200);
        if (RECORDS_READS.contains(path)) {
            assertThat(before).isEqualTo(countsOfARecordsRead());
        } else {
            assertThat(before.connections()).isEqualTo(1);
            assertThat(before.transactions()).isEqualTo(1);
            assertThat(before.commits()).isEqualTo(1);
            assertThat(before.statements()).isLessThanOrEqualTo(6);
        }
        assertThat(counting.counts()).isEqualTo(before);
    }

    @ParameterizedTest(name = "GET {0} reads the reader, the employee and the records in as many statements as penalties")
    @ValueSource(strings = {"/employees/staff/violations", "/employees/staff/penalties", "/employees/staff/leave-requests"})
    void aReadOfAnEmployeesRecordsTakesTheirStatementsWithTheReader(String path) {
        counting.reset();

        var response = get("hr", path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(counting.counts()).isEqualTo(countsOfARecordsRead());
    }

    @ParameterizedTest(name = "GET {0} by a colleague is answered as if staff did not exist, and nothing read ahead is answered")
    @ValueSource(strings = {"/employees/staff/violations", "/employees/staff/penalties", "/employees/staff/leave-requests"})
    void aColleaguesReadOfTheRecordsIsRefusedWhateverWasReadAhead(String path) {
        var response = get("colleague", path);

        // Someone a reader may not see is answered as one who does not exist (docs/security.md).
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("late for the morning shift").doesNotContain("\"step\"");
    }

    @ParameterizedTest(name = "GET {0} reads the reader and the employee it is about in one statement")
    @ValueSource(strings = {"/employees/staff", "/employees/staff/violations", "/employees/staff/penalties",
            "/employees/staff/leave-requests", "/employees/staff/rewards", "/employees/staff/decisions"})
    void aReadAboutAnEmployeeReadsTheReaderWithThem(String path) {
        counting.reset();
        assertThat(get("hr", path).statusCode()).isEqualTo(200);
        var byHr = counting.counts();

        counting.reset();
        assertThat(get("staff", path).statusCode()).isEqualTo(200);

        assertThat(counting.counts()).isEqualTo(byHr);
        assertThat(byHr.statements()).isLessThanOrEqualTo(connectionStatements() + 2);
    }

    @Test
    @DisplayName("a read about an employee the policy does not know is answered 404 after one statement for reader and employee")
    void aReadAboutNobodyIsNotFoundAfterOneStatement() {
        counting.reset();

        var response = get("hr", "/employees/nobody/penalties");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(counting.counts()).isEqualTo(new CountingDataSource.Counts(1, countsOfARecordsRead().transactions(),
                0, connectionStatements() + 1));
    }

    @Test
    @DisplayName("a read by someone the policy does not know is refused within its one transaction")
    void aStrangersReadIsRefusedInOneTransaction() {
        counting.reset();

        var response = get("nobody", "/employees/staff/penalties");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(counting.counts().connections()).isEqualTo(1);
        assertThat(counting.counts().transactions()).isEqualTo(countsOfARecordsRead().transactions());
        assertThat(counting.counts().commits()).isZero();
    }

    @Test
    @DisplayName("an anonymous read is answered 401 without touching the database")
    void anAnonymousReadTakesNoConnection() throws IOException, InterruptedException {
        counting.reset();

        var response = http.send(HttpRequest.newBuilder(uri("/employees/staff/penalties")).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(counting.counts()).isEqualTo(new CountingDataSource.Counts(0, 0, 0, 0));
    }

    private void recordViolations(int count) {
        var hr = policy.people().actorFor(EmployeeId.of("hr")).orElseThrow();
        for (int day = 1; day <= count; day++) {
            policy.discipline().record(hr, RecordViolation.earlyLeave("staff",
                    clock.instant().minus(Duration.ofDays(day)), 15, "left early"));
        }
    }

    private HttpResponse<String> get(String principal, String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).header(TrustedPrincipal.HEADER, principal).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + "/api/v1" + path);
    }
}
