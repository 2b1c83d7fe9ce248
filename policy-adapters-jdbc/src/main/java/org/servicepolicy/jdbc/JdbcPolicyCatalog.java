package org.servicepolicy.jdbc;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.servicepolicy.jdbc.internal.Row;
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
 *
 * <p>Versions are only ever added, never changed or removed, so the number of stored versions
 * tells whether the versions last read are still all of them. A decision about an employee
 * reads that number in the request that reads the employee's history ({@link #COUNT}, read
 * ahead by {@link JdbcViolationStore#of}); when it equals the number last read, the versions
 * last read are the answer, with no round trip of their own. Otherwise, and whenever no number
 * was read ahead, they are read again. A version another instance publishes is therefore seen
 * by the first decision whose request starts after its commit, as a read would see it.
 */
final class JdbcPolicyCatalog implements PolicyCatalog {
    /** The query of the number of stored versions, to read ahead: it takes no parameter. */
    static final String COUNT = "SELECT COUNT(*) AS versions FROM servicepolicy_policy_version";
    /** The key under which {@link #COUNT}'s answer is read ahead. */
    static final Object READ_AHEAD = JdbcPolicyCatalog.class;
    /** The mark of a transaction that added a version, which may yet roll back (see {@link JdbcTransactions#mark}). */
    private static final Object ADDED = new Object();

    private final JdbcTransactions transactions;
    /** The versions last read, with their number; empty until the first read. */
    private volatile Read lastRead = new Read(-1, List.of());

    JdbcPolicyCatalog(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(PolicyDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        transactions.mark(ADDED);
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
        var last = lastRead;
        var stored = transactions.readAhead(READ_AHEAD, Count.class);
        if (transactions.marked(ADDED)) {
            // A version this transaction added may yet roll back: what it reads now is not kept.
            return read();
        }
        if (stored.isPresent() && stored.get().versions() == last.count()) {
            return last.versions();
        }
        var versions = read();
        lastRead = new Read(versions.size(), versions);
        return versions;
    }

    private List<PolicyDefinition> read() {
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

    /**
     * The number of stored versions, read ahead from the rows of {@link #COUNT}.
     *
     * @param versions how many versions are stored
     */
    record Count(long versions) {
        /** The number in {@code row}, a row of {@link #COUNT}. */
        static Count of(Row row) throws SQLException {
            return new Count(row.longInteger("versions"));
        }
    }

    /** Versions as read, with their number. */
    private record Read(long count, List<PolicyDefinition> versions) {
        Read {
            versions = List.copyOf(versions);
        }
    }

    private record StoredVersion(String version, Instant effectiveFrom, Map<String, String> settings) {
        PolicyDefinition definition() {
            var complete = new HashMap<>(StandardPolicy.settings());
            complete.putAll(settings);
            return PolicyDefinition.of(version, effectiveFrom, complete);
        }
    }
}
