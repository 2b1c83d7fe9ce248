package org.servicepolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void aHashMatchesItsPasswordOnly() {
        var hash = hasher.hash("s3cret".toCharArray());
        assertThat(hash).startsWith("pbkdf2-sha256$").doesNotContain("s3cret");
        assertThat(hasher.matches("s3cret".toCharArray(), hash)).isTrue();
        assertThat(hasher.matches("s3cret!".toCharArray(), hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(hasher.hash("demo".toCharArray())).isNotEqualTo(hasher.hash("demo".toCharArray()));
    }

    @Test
    void aMalformedHashNeverMatches() {
        assertThat(hasher.matches("demo".toCharArray(), "plain-text-password")).isFalse();
        assertThat(hasher.matches("demo".toCharArray(), "pbkdf2-sha256$x$y$z")).isFalse();
    }
}
