package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.service.DepartmentRequest;
import org.servicepolicy.service.DepartmentRequestId;
import org.servicepolicy.service.DepartmentRequestStatus;

/**
 * The contract of {@link org.servicepolicy.service.DepartmentRequestStore} (§2.2.1): a request
 * comes back whole; updates are optimistic; the sweep's read finds exactly the open requests past
 * due and not marked; a request is marked once, and an answer never unmarks it.
 */
public abstract class DepartmentRequestStoreContract extends PortContract {
    private static final DepartmentId ASKED = DepartmentId.of("D-asked");
    private static final DepartmentId THIRD = DepartmentId.of("D-third");
    private static final EmployeeId ANSWERER = EmployeeId.of("E-answerer");
    private static final Instant DUE = Fixtures.T0.plus(Duration.ofDays(1));

    @BeforeEach
    void seedTheDepartments() {
        givenTheFixtureEmployees();
        givenEmployee(Fixtures.employee(ANSWERER.value()).department(ASKED).build());
        givenDepartment(THIRD);
    }

    /** An open request from {@link Fixtures#EMPLOYEE}'s department to {@code to}, asked at {@code askedAt}. */
    private static DepartmentRequest request(String id, DepartmentId to, Instant askedAt) {
        return new DepartmentRequest(DepartmentRequestId.of(id), Fixtures.EMPLOYEE, Fixtures.DEPARTMENT, to,
                Optional.of(ANSWERER), ANSWERER, "Meter reading for 客户-7", "Please send the last reading.",
                askedAt, askedAt.plus(Duration.ofDays(1)), "v1", DepartmentRequestStatus.OPEN, Optional.empty(),
                Optional.empty(), Optional.empty(), 0, Optional.empty(), 0);
    }

    @Test
    void aRequestIsFoundAsAddedAtVersionOne() {
        var added = ports().departmentRequests().add(request("DR-1", ASKED, Fixtures.T0));

        assertThat(added.version()).isEqualTo(1);
        assertThat(ports().departmentRequests().find(DepartmentRequestId.of("DR-1"))).contains(added);
        assertThat(ports().departmentRequests().find(DepartmentRequestId.of("DR-9"))).isEmpty();
    }

    @Test
    void anExistingIdIsADuplicate() {
        ports().departmentRequests().add(request("DR-1", ASKED, Fixtures.T0));

        assertThatThrownBy(() -> ports().departmentRequests().add(request("DR-1", ASKED, Fixtures.T0)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void answersReturnsAndAcceptanceComeBackWholeAndUpdatesAreOptimistic() {
        var stored = ports().departmentRequests().add(request("DR-1", ASKED, Fixtures.T0));
        var answered = ports().departmentRequests().update(stored.answeredWith("It is 4711.", DUE, ANSWERER));
        var returned = ports().departmentRequests().update(answered.returnedAsUnclear("Which meter?"));
        var again = ports().departmentRequests().update(returned.answeredWith("Meter 2: 4711.", DUE, ANSWERER));
        var accepted = ports().departmentRequests().update(again.accepted());

        assertThat(accepted.version()).isEqualTo(5);
        var found = ports().departmentRequests().find(stored.id()).orElseThrow();
        assertThat(found).isEqualTo(accepted);
        assertThat(found.status()).isEqualTo(DepartmentRequestStatus.ACCEPTED);
        assertThat(found.answer()).contains("Meter 2: 4711.");
        assertThat(found.returns()).isEqualTo(1);
        assertThat(found.returnReason()).contains("Which meter?");
        assertThatThrownBy(() -> ports().departmentRequests().update(answered.accepted()))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ports().departmentRequests().update(request("DR-9", ASKED, Fixtures.T0)
                .atVersion(1))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aDepartmentSeesWhatItSentAndWhatItWasAskedOldestFirst() {
        ports().departmentRequests().add(request("DR-2", ASKED, Fixtures.minutesAfterT0(5)));
        ports().departmentRequests().add(request("DR-1", ASKED, Fixtures.T0));
        ports().departmentRequests().add(request("DR-3", THIRD, Fixtures.T0));

        assertThat(ports().departmentRequests().ofDepartment(ASKED)).extracting(r -> r.id().value())
                .containsExactly("DR-1", "DR-2");
        assertThat(ports().departmentRequests().ofDepartment(Fixtures.DEPARTMENT)).extracting(r -> r.id().value())
                .containsExactly("DR-1", "DR-3", "DR-2");
        assertThat(ports().departmentRequests().ofDepartment(DepartmentId.of("D-none"))).isEmpty();
    }

    @Test
    void theSweepFindsOpenRequestsPastDueAndNotMarked() {
        var asOf = DUE.plusSeconds(1);
        ports().departmentRequests().add(request("DR-late", ASKED, Fixtures.T0));
        ports().departmentRequests().add(request("DR-due-exactly", ASKED, Fixtures.T0.plusSeconds(1)));
        var answered = ports().departmentRequests().add(request("DR-answered", ASKED, Fixtures.T0));
        ports().departmentRequests().update(answered.answeredWith("Done.", Fixtures.T0, ANSWERER));
        ports().departmentRequests().add(request("DR-marked", ASKED, Fixtures.T0));
        ports().departmentRequests().markOnce(DepartmentRequestId.of("DR-marked"), asOf);

        assertThat(ports().departmentRequests().dueForSweep(asOf)).extracting(r -> r.id().value())
                .containsExactly("DR-late");
    }

    @Test
    void aRequestIsMarkedOnceAndAnAnswerKeepsTheMark() {
        var stored = ports().departmentRequests().add(request("DR-1", ASKED, Fixtures.T0));
        var at = DUE.plusSeconds(60);

        assertThat(ports().departmentRequests().markedAt(stored.id())).isEmpty();
        assertThat(ports().departmentRequests().markOnce(stored.id(), at)).isTrue();
        assertThat(ports().departmentRequests().markOnce(stored.id(), at.plusSeconds(1))).isFalse();
        ports().departmentRequests().update(stored.answeredWith("Late, sorry.", at.plusSeconds(2), ANSWERER));
        assertThat(ports().departmentRequests().markedAt(stored.id())).contains(at);
        assertThat(ports().departmentRequests().markedAt(DepartmentRequestId.of("DR-9"))).isEmpty();
    }
}
