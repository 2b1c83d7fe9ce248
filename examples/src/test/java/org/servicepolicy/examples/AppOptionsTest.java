package org.servicepolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AppOptionsTest {
    @Test
    void theDefaultsAreTheEmbeddedDatabaseWithDemoAccountsOnPort8080() {
        var options = AppOptions.parse();
        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.dataDir()).isEqualTo(Path.of("data"));
        assertThat(options.embedded()).isTrue();
        assertThat(options.seedsDemo()).isTrue();
    }

    @Test
    void anExternalDatabaseNeedsAnAccountsFileOrTheDemoFlag() {
        assertThatThrownBy(() -> AppOptions.parse("--jdbc-url", "jdbc:postgresql://127.0.0.1:5432/test"))
                .hasMessageContaining("--users");
        assertThat(AppOptions.parse("--jdbc-url", "jdbc:postgresql://x/y", "--demo").seedsDemo()).isTrue();
        assertThat(AppOptions.parse("--jdbc-url", "jdbc:postgresql://x/y", "--users", "u.txt").seedsDemo()).isFalse();
    }

    @Test
    void badOptionsAreNamed() {
        assertThatThrownBy(() -> AppOptions.parse("--port", "http")).hasMessageContaining("--port");
        assertThatThrownBy(() -> AppOptions.parse("--colour")).hasMessageContaining("--colour");
        assertThatThrownBy(() -> AppOptions.parse("--data")).hasMessageContaining("--data needs a value");
        assertThatThrownBy(() -> AppOptions.parse("--demo", "--first-hr", "hr")).hasMessageContaining("--first-hr");
    }
}
