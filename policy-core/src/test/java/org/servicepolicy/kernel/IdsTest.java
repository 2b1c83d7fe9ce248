package org.servicepolicy.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The bounds of an identifier's form. */
class IdsTest {
    @Test
    void anIdHoldsAtMostSixtyFourCharacters() {
        var longest = "E" + "-0".repeat(31) + "9";

        assertThat(Ids.requireValid("employee id", longest)).hasSize(64);
        assertThatThrownBy(() -> Ids.requireValid("employee id", longest + "9"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("employee id");
    }

    @Test
    void anEmptyOrNullIdIsRefusedNamingItsKind() {
        assertThat(Ids.isValid("")).isFalse();
        assertThat(Ids.isValid(null)).isFalse();
        assertThatThrownBy(() -> Ids.requireValid("penalty id", "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("penalty id must be");
        assertThatThrownBy(() -> Ids.requireValid("penalty id", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("penalty id must not be null");
    }
}
