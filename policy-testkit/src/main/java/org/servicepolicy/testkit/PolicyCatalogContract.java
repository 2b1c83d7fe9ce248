package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.StandardPolicy;

/**
 * The contract of {@link org.servicepolicy.policy.PolicyCatalog}: a version comes back with
 * every setting, versions are listed by {@code effectiveFrom}, and a version id is stored once.
 */
public abstract class PolicyCatalogContract extends PortContract {

    @Test
    void anAddedVersionComesBackWithEverySetting() {
        var definition = version("2025.1", Fixtures.T0, Map.of("discipline.fine.MINOR", "75.5",
                "discipline.compensation.faultShare.NEGLIGENCE", "0.50", "company.timeZone", "Asia/Shanghai",
                "discipline.window", "P18M"));

        ports().policies().add(definition);

        var stored = ports().policies().all();
        assertThat(stored).singleElement().isEqualTo(definition);
        assertThat(stored.get(0).settings()).isEqualTo(definition.settings());
        assertThat(stored.get(0).effectiveFrom()).isEqualTo(Fixtures.T0);
    }

    @Test
    void versionsAreListedByEffectiveFromWhateverTheOrderTheyWereAddedIn() {
        ports().policies().add(version("late", Fixtures.minutesAfterT0(60 * 24 * 30), Map.of()));
        ports().policies().add(version("early", Fixtures.T0, Map.of()));
        ports().policies().add(version("middle", Fixtures.minutesAfterT0(1), Map.of()));

        assertThat(ports().policies().all()).extracting(PolicyDefinition::version)
                .containsExactly("early", "middle", "late");
    }

    @Test
    void addingAnExistingVersionIdIsADuplicateConflictAndKeepsTheFirst() {
        var first = version("2025.1", Fixtures.T0, Map.of("discipline.fine.MINOR", "60"));
        ports().policies().add(first);

        assertConflict("duplicate", () -> ports().policies().add(version("2025.1", Fixtures.minutesAfterT0(5),
                Map.of("discipline.fine.MINOR", "70"))));
        assertThat(ports().policies().all()).containsExactly(first);
    }

    @Test
    void anEmptyCatalogHoldsNoVersionNotEvenTheStandardOne() {
        assertThat(ports().policies().all()).isEmpty();
    }

    private static PolicyDefinition version(String id, Instant effectiveFrom, Map<String, String> changes) {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.putAll(changes);
        return PolicyDefinition.of(id, effectiveFrom, settings);
    }
}
