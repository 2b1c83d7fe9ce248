package org.servicepolicy.jdbc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.policy.PolicyCatalog;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.StandardPolicy;

/**
 * Policy versions in {@code servicepolicy_policy_version}, each with its canonical flat
 * settings as rows of {@code servicepolicy_policy_setting}. A version is read back through
 * {@link PolicyDefinition#of}; a setting that a later release of the library introduced, and
 * that a version stored before it therefore lacks, takes its {@link StandardPolicy} default,
 * which is what that version meant.
 */
final class JdbcPolicyCatalog implements PolicyCatalog {
    private final JdbcTransactions transactions;

    JdbcPolicyCatalog(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(PolicyDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        transactions.atomically(c -> {
            Sql.insertNew(c, "policy version", definition.version(),
                    "INSERT INTO servicepolicy_policy_version (version, effective_from) VALUES (?, ?)",
                    definition.version(), definition.effectiveFrom());
            var rows = new ArrayList<Object[]>();
            definition.settings().forEach((key, value) -> rows.add(new Object[] {definition.version(), key, value}));
            Sql.batch(c, "INSERT INTO servicepolicy_policy_setting (version, setting_key, setting_value)"
                    + " VALUES (?, ?, ?)", rows);
            return null;
        });
    }

    @Override
    public List<PolicyDefinition> all() {
        var versions = new LinkedHashMap<String, StoredVersion>();
        transactions.withConnection(c -> {
            Sql.forEachRow(c, "SELECT v.version, v.effective_from, s.setting_key, s.setting_value"
                    + " FROM servicepolicy_policy_version v JOIN servicepolicy_policy_setting s ON s.version = v.version"
                    + " ORDER BY v.effective_from, v.version", row -> {
                        var effectiveFrom = row.instant("effective_from");
                        versions.computeIfAbsent(row.string("version"),
                                        v -> new StoredVersion(v, effectiveFrom, new HashMap<>()))
                                .settings().put(row.string("setting_key"), row.string("setting_value"));
                    });
            return null;
        });
        return versions.values().stream().map(StoredVersion::definition).toList();
    }

    private record StoredVersion(String version, Instant effectiveFrom, Map<String, String> settings) {
        PolicyDefinition definition() {
            var complete = new HashMap<>(StandardPolicy.settings());
            complete.putAll(settings);
            return PolicyDefinition.of(version, effectiveFrom, complete);
        }
    }
}
