package org.servicepolicy.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.kernel.PublishedEvent;
import org.servicepolicy.service.DepartmentRequestFiling;

/** §5.1.1, §2.2.1, §1.3.3: departments' responders through the public API, and the requests they answer for. */
class ResponderServiceTest {
    private static final DepartmentId SERVICE = DepartmentId.of("service");

    private final Company company = new Company();
    private final ResponderService responders = company.policy.departmentResponders();

    private EmployeeId askServiceNamingNobody() {
        return company.policy.departmentRequests().ask(company.actor("inspector"), new DepartmentRequestFiling(
                "service", null, "Counter 3 rota", "Who covers counter 3 on Friday?")).responsible();
    }

    @Test
    @DisplayName("§5.1.1, §2.2.1: the manager names responders, all staff read them, and a request naming nobody goes to the first by id")
    void respondersAnswerForRequestsNamingNobody() {
        assertThat(askServiceNamingNobody()).isEqualTo(EmployeeId.of("manager"));

        var named = responders.name(company.actor("manager"), SERVICE, new NameResponders(List.of("staff",
                "colleague")));

        assertThat(named.responders()).extracting(EmployeeId::value).containsExactly("colleague", "staff");
        assertThat(named.namedBy()).isEqualTo(EmployeeId.of("manager"));
        assertThat(responders.of(company.actor("temp"), SERVICE)).contains(named);
        assertThat(responders.all(company.actor("inspector"))).containsExactly(named);
        assertThat(askServiceNamingNobody()).isEqualTo(EmployeeId.of("colleague"));
        assertThat(company.stores.eventLog().after(0, 10_000)).extracting(PublishedEvent::type)
                .contains("RespondersNamed");

        var cleared = responders.name(company.actor("hr"), SERVICE, new NameResponders(List.of()));

        assertThat(cleared.responders()).isEmpty();
        assertThat(cleared.version()).isEqualTo(named.version() + 1);
        assertThat(askServiceNamingNobody()).isEqualTo(EmployeeId.of("manager"));
    }

    @Test
    @DisplayName("§5.1.1, §1.3.3: another department's manager, staff, or naming oneself is refused and changes nothing")
    void namingRefusals() {
        var refused = new NameResponders(List.of("staff"));

        assertThatThrownBy(() -> responders.name(company.actor("pm"), SERVICE, refused))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> responders.name(company.actor("staff"), SERVICE, refused))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> responders.name(company.actor("manager"), SERVICE,
                new NameResponders(List.of("manager")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> responders.name(company.actor("hr"), SERVICE, new NameResponders(List.of("pm"))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> responders.name(company.actor("hr"), SERVICE, new NameResponders(List.of("staff",
                "colleague", "temp", "manager")))).isInstanceOf(PolicyRefusalException.class);
        assertThatThrownBy(() -> responders.name(company.actor("hr"), DepartmentId.of("nowhere"), refused))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> responders.name(company.actor("hr"), SERVICE, null))
                .isInstanceOf(InvalidInputException.class);

        assertThat(responders.all(company.actor("hr"))).isEmpty();
        assertThat(askServiceNamingNobody()).isEqualTo(EmployeeId.of("manager"));
    }
}
