package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.StandardPolicy;
import org.servicepolicy.testkit.Fixtures;

/**
 * A policy version stored before a release of the library introduced a setting is read back
 * with that setting's standard default, instead of failing validation.
 */
class H2StoredPolicyVersionTest {

    @Test
    void aSettingMissingFromAStoredVersionTakesItsStandardDefault() {
        try (var database = TestDatabase.h2()) {
            var stores = database.migratedStores();
            var settings = new HashMap<>(StandardPolicy.settings());
            settings.put("discipline.fine.MINOR", "75");
            settings.put("discipline.appeal.window", "P30D");
            stores.policies().add(PolicyDefinition.of("2025.1", Fixtures.T0, settings));
            database.execute("DELETE FROM servicepolicy_policy_setting WHERE setting_key = 'discipline.appeal.window'");

            var read = stores.policies().all();

            assertThat(read).singleElement().satisfies(version -> {
                assertThat(version.settings()).containsEntry("discipline.appeal.window",
                        StandardPolicy.settings().get("discipline.appeal.window"));
                assertThat(version.settings()).containsEntry("discipline.fine.MINOR", "75");
            });
        }
    }
}
