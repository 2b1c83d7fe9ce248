package org.servicepolicy.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.instancio.Select.all;
import static org.instancio.Select.field;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Identifiers are checked character by character exactly as their documented form says. */
class IdsProperties {
    /** The documented form of an identifier, as a regular expression. */
    private static final Pattern DOCUMENTED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** Characters an identifier may hold, and some it may not, each drawn alike. */
    private static final String ALPHABET = "aZ09._-/ :é@\u0000Ａ";

    /** A text drawn from {@link #ALPHABET}: each code picks one of its characters. */
    record Draw(List<Integer> codes) {
        String text() {
            return codes.stream().map(code -> String.valueOf(ALPHABET.charAt(code))).collect(Collectors.joining());
        }
    }

    static Stream<Draw> texts() {
        return Instancio.ofList(Draw.class).size(400).withSeed(20261130L)
                .generate(field(Draw::codes), gen -> gen.collection().minSize(3).maxSize(70))
                .generate(all(Integer.class), gen -> gen.ints().range(0, ALPHABET.length() - 1))
                .create().stream();
    }

    @ParameterizedTest
    @MethodSource("texts")
    void anIdIsValidExactlyWhenItHasTheDocumentedForm(Draw draw) {
        var text = draw.text();
        boolean documented = DOCUMENTED.matcher(text).matches();

        assertThat(Ids.isValid(text)).as(text).isEqualTo(documented);
        if (documented) {
            assertThat(Ids.requireValid("employee id", text)).isSameAs(text);
        } else {
            assertThatThrownBy(() -> Ids.requireValid("employee id", text))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("employee id must be 1-64");
        }
    }
}
