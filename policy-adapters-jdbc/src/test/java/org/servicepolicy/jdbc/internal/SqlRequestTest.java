package org.servicepolicy.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text of a request of several statements: joined once, the same string for the same statements. */
class SqlRequestTest {
    private static final String FIRST = "INSERT INTO servicepolicy_violation (id) VALUES (?)";
    private static final String SECOND = "INSERT INTO servicepolicy_decision (id) VALUES (?)";

    @Test
    void aRequestIsItsStatementsInOrderSeparatedBySemicolons() {
        assertThat(Sql.request(List.of(FIRST, SECOND, SECOND))).isEqualTo(FIRST + ";\n" + SECOND + ";\n" + SECOND);
        assertThat(Sql.request(List.of(SECOND, FIRST))).isEqualTo(SECOND + ";\n" + FIRST);
    }

    @Test
    void theSameStatementsGiveTheSameStringAgainWhateverListHoldsThem() {
        var statements = new ArrayList<>(List.of(FIRST, SECOND));
        var first = Sql.request(statements);
        statements.add(FIRST);

        assertThat(Sql.request(List.of(FIRST, SECOND))).isSameAs(first);
        assertThat(Sql.request(statements)).isEqualTo(first + ";\n" + FIRST).isNotSameAs(first);
    }
}
