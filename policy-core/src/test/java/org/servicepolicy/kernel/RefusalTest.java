package org.servicepolicy.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RefusalTest {
    @Test
    void anInputWithSeveralWrongFieldsIsRefusedListingEveryProblemInOrder() {
        var problems = List.of(new FieldProblem("copiedEmployeeIds", "no such employee: nobody"),
                new FieldProblem("copiedDepartmentIds", "no such department: nowhere"));

        assertThat(Refusal.invalid(problems).toException()).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).isEqualTo(problems));
        assertThatThrownBy(() -> Refusal.invalid(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
