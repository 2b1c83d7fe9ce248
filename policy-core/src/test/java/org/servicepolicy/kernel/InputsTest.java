package org.servicepolicy.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Text every store keeps exactly: no NUL, no lone surrogate; anything else, emoji included. */
class InputsTest {
    @Test
    void textWithANulCharacterIsNotStorable() {
        assertThat(Inputs.isStorable("late\u0000arrival")).isFalse();
    }

    @Test
    void aLoneSurrogateIsNotStorableWhereverItStands() {
        assertThat(Inputs.isStorable("\ud800")).isFalse();
        assertThat(Inputs.isStorable("a\ud800b")).isFalse();
        assertThat(Inputs.isStorable("\udc00a")).isFalse();
        assertThat(Inputs.isStorable("a\udc00\ud800")).isFalse();
    }

    @Test
    void ordinaryTextAndSurrogatePairsAreStorable() {
        assertThat(Inputs.isStorable("")).isTrue();
        assertThat(Inputs.isStorable("迟到 45 分钟 😀 \t\n")).isTrue();
    }

    @Test
    void everyTextCheckRefusesUnstorableTextNamingTheField() {
        var inputs = new Inputs().text("a\u0000", "description").optionalText("\ud800", "note")
                .notBlank("x\udc00", "name");
        assertThatThrownBy(inputs::throwIfAny).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("description", "note", "name"));
    }
}
