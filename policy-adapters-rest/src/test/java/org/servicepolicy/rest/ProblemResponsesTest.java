package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.Payloads.lateArrival;
import static org.servicepolicy.rest.PeopleApiTest.fields;
import static org.servicepolicy.rest.RestFixture.START;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicepolicy.discipline.Violation;
import org.servicepolicy.discipline.ViolationStore;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.StorageException;
import org.servicepolicy.kernel.ViolationId;

/** Every error is an RFC 9457 problem, and none discloses internals. */
class ProblemResponsesTest {
    @RegisterExtension
    final RestFixture api = new RestFixture();

    @Test
    void anAnonymousRequestIsAnswered401WithTheHostsChallenge() {
        var anonymous = api.anonymous().get("/me");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).isEqualTo("application/problem+json");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"servicepolicy\"");
        var problem = anonymous.json();
        assertThat(problem.get("type").asText()).isEqualTo("https://servicepolicy.org/problems/unauthenticated");
        assertThat(problem.get("title").asText()).isEqualTo("Authentication required");
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("detail").asText()).isNotBlank();
    }

    @Test
    void anAnonymousRequestIsAnswered401BeforeItsBodyIsRead() {
        assertThat(api.anonymous().post("/violations", "{not json").status()).isEqualTo(401);
        assertThat(api.withCredentials("staff:wrong").post("/violations", "{not json").status()).isEqualTo(401);
        assertThat(api.as(User.HR).get("/employees/emp-staff/violations").json()).isEmpty();
    }

    @Test
    void anAuthenticatedUserWhoIsNoEmployeeIsRefused403() {
        var ghost = api.as(User.GHOST).get("/me");

        assertThat(ghost.status()).isEqualTo(403);
        assertThat(ghost.json().get("type").asText()).isEqualTo("https://servicepolicy.org/problems/access-denied");
        assertThat(ghost.json().get("detail").asText()).contains(User.GHOST.id());
    }

    @Test
    void theOpenApiDocumentNeedsNoAuthentication() {
        assertThat(api.anonymous().get("/openapi.json").status()).isEqualTo(200);
    }

    @Test
    void aPathThatDoesNotExistIsAProblem() {
        var missing = api.as(User.HR).get("/no-such-collection");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).isEqualTo("application/problem+json");
        assertThat(missing.json().get("type").asText()).isEqualTo("about:blank");
        assertThat(missing.json().get("title").asText()).isEqualTo("Not Found");
    }

    @Test
    void aMethodThePathDoesNotAcceptIsAProblemWithTheAllowedMethods() {
        var wrong = api.as(User.HR).send("DELETE", "/violations", null, null);

        assertThat(wrong.status()).isEqualTo(405);
        assertThat(wrong.contentType()).isEqualTo("application/problem+json");
        assertThat(wrong.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
    }

    @Test
    void aBodyThatIsNotJsonIsAnUnsupportedMediaTypeProblem() {
        var wrong = api.as(User.HR).send("POST", "/violations", "text/plain", "staff was late");

        assertThat(wrong.status()).isEqualTo(415);
        assertThat(wrong.contentType()).isEqualTo("application/problem+json");
        assertThat(api.as(User.HR).get("/employees/emp-staff/violations").json()).isEmpty();
    }

    @Test
    void malformedJsonIsLocatedInTheDetail() {
        var malformed = api.as(User.HR).post("/violations", "{\n  \"employeeId\": emp-staff\n}");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("detail").asText()).contains("line 2");
        assertThat(fields(malformed.json())).containsExactly("employeeId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/departments", "/employees", "/violations", "/penalties/p-1/withdraw",
            "/penalties/p-1/appeal", "/penalties/p-1/decide-appeal", "/leave-requests", "/leave-requests/l-1/approve",
            "/leave-requests/l-1/reject", "/policies", "/tasks", "/tasks/t-1/refuse", "/tasks/t-1/rule-refusal",
            "/tasks/t-1/request-adjustment", "/tasks/t-1/decide-adjustment", "/tasks/t-1/progress",
            "/tasks/t-1/escalate", "/tasks/t-1/answer-escalation", "/tasks/t-1/complete", "/tasks/t-1/review"})
    void everyBodyRefusesAnUnknownMemberNamingIt(String path) {
        var refused = api.as(User.HR).post(path, "{\"unexpected\": true}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("type").asText()).isEqualTo("https://servicepolicy.org/problems/malformed-request");
        assertThat(fields(refused.json())).containsExactly("unexpected");
        assertThat(refused.json().at("/errors/0/message").asText()).startsWith("is not a known field");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/departments", "/employees", "/violations", "/penalties/p-1/withdraw",
            "/penalties/p-1/appeal", "/penalties/p-1/decide-appeal", "/leave-requests", "/leave-requests/l-1/reject",
            "/policies", "/tasks", "/tasks/t-1/refuse", "/tasks/t-1/rule-refusal", "/tasks/t-1/request-adjustment",
            "/tasks/t-1/decide-adjustment", "/tasks/t-1/progress", "/tasks/t-1/escalate",
            "/tasks/t-1/answer-escalation", "/tasks/t-1/complete", "/tasks/t-1/review"})
    void everyRequiredBodyIsReportedMissing(String path) {
        var refused = api.as(User.HR).post(path);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(fields(refused.json())).containsExactly("body");
    }

    /** A store whose database is unreachable. */
    @Nested
    class WhenStorageFails {
        @RegisterExtension
        final RestFixture broken = new RestFixture(core -> core.port(ViolationStore.class, new UnreachableViolations(
                () -> new StorageException("insert into violation failed on db-01.internal:5432",
                        new SQLException("FATAL: password authentication failed for user \"hunter2\"")))));

        @Test
        void aStorageFailureIs500WithoutItsInternals() {
            var failed = broken.as(User.HR).post("/violations", lateArrival(User.STAFF, START.minusSeconds(60), 20));

            assertThat(failed.status()).isEqualTo(500);
            assertThat(failed.contentType()).isEqualTo("application/problem+json");
            assertThat(failed.json().get("type").asText()).isEqualTo("https://servicepolicy.org/problems/storage-failure");
            assertDisclosesNothing(failed.body());
            assertThat(broken.as(User.HR).get("/employees/emp-staff/violations").status()).isEqualTo(500);
        }
    }

    /** A store that fails in a way nobody foresaw. */
    @Nested
    class WhenSomethingUnexpectedFails {
        @RegisterExtension
        final RestFixture broken = new RestFixture(core -> core.port(ViolationStore.class, new UnreachableViolations(
                () -> new IllegalStateException("row 17 of table violation at db-01.internal is corrupt"))));

        @Test
        void anUnexpectedFailureIs500WithoutItsInternals() {
            var failed = broken.as(User.HR).get("/employees/emp-staff/violations");

            assertThat(failed.status()).isEqualTo(500);
            assertThat(failed.contentType()).isEqualTo("application/problem+json");
            assertThat(failed.json().get("type").asText()).isEqualTo("https://servicepolicy.org/problems/internal-error");
            assertDisclosesNothing(failed.body());
        }
    }

    private static void assertDisclosesNothing(String body) {
        assertThat(body).doesNotContain("db-01", "hunter2", "SQL", "Exception", "org.servicepolicy", "violation at",
                "\tat ");
    }

    /** A violation store whose every call fails with the given failure. */
    private record UnreachableViolations(java.util.function.Supplier<RuntimeException> failure)
            implements ViolationStore {
        @Override
        public Violation add(Violation violation) {
            throw failure.get();
        }

        @Override
        public Violation update(Violation violation) {
            throw failure.get();
        }

        @Override
        public Optional<Violation> find(ViolationId id) {
            throw failure.get();
        }

        @Override
        public List<Violation> of(EmployeeId employee) {
            throw failure.get();
        }

        @Override
        public Map<EmployeeId, List<Violation>> ofAll(Collection<EmployeeId> employees) {
            throw failure.get();
        }
    }
}
