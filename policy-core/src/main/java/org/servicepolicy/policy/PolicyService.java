package org.servicepolicy.policy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.AuditEntry;
import org.servicepolicy.kernel.AuditTrail;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.EventPublisher;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.Transactions;

/** Use cases of the policy versions themselves (§1.3.4: revised as the business changes). */
public final class PolicyService {
    /** The defaults, read once: every decision looks up the version in force. */
    private static final PolicyDefinition STANDARD = StandardPolicy.definition();

    private final PolicyCatalog catalog;
    private final Transactions transactions;
    private final EventPublisher events;
    private final AuditTrail audit;
    private final Clock clock;

    /** Wires the service to its ports. */
    public PolicyService(PolicyCatalog catalog, Transactions transactions, EventPublisher events, AuditTrail audit,
                         Clock clock) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.events = Objects.requireNonNull(events, "events");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Every known version, the standard one first, then by {@code effectiveFrom}. */
    public List<PolicyDefinition> versions() {
        var all = new ArrayList<PolicyDefinition>();
        all.add(STANDARD);
        catalog.all().stream().sorted(Comparator.comparing(PolicyDefinition::effectiveFrom)).forEach(all::add);
        return all;
    }

    /** The version in force at {@code instant}: the latest whose {@code effectiveFrom} is not after it. */
    public PolicyDefinition inForceAt(Instant instant) {
        return history().inForceAt(instant);
    }

    /** Every known version, read once, to pick the one in force at each of several instants. */
    public PolicyVersions history() {
        return new PolicyVersions(versions());
    }

    /**
     * The zone in which each version counts calendar periods, read once for work over many
     * records (a sweep, a cycle's facts); a version unknown here gets the current one's.
     */
    public Function<String, ZoneId> zoneByVersion() {
        var versions = versions();
        var zones = versions.stream().collect(Collectors.toMap(PolicyDefinition::version, d -> d.company().zone()));
        var current = new PolicyVersions(versions).inForceAt(clock.instant()).company().zone();
        return version -> zones.getOrDefault(version, current);
    }

    /** The version in force now. */
    public PolicyDefinition current() {
        return inForceAt(clock.instant());
    }

    /** The version with id {@code version}. */
    public Optional<PolicyDefinition> find(String version) {
        return versions().stream().filter(d -> d.version().equals(version)).findFirst();
    }

    /**
     * Publishes a new version (HR only): the settings in force at {@code effectiveFrom} with
     * {@code changes} applied. A version may not take effect in the past nor before a version
     * already published, so that no decision already taken is re-judged (§1.3.3).
     */
    public PolicyDefinition publish(Actor actor, String version, Instant effectiveFrom, Map<String, String> changes) {
        Objects.requireNonNull(actor, "actor");
        if (!actor.isHr()) {
            throw new AccessDeniedException("only HR publishes policy versions");
        }
        return transactions.inTransaction(() -> {
            var now = clock.instant();
            if (effectiveFrom != null && effectiveFrom.isBefore(now)) {
                throw InvalidInputException.of("effectiveFrom", "must not be in the past (now is " + now + ")");
            }
            var versions = versions();
            var latest = versions.get(versions.size() - 1);
            if (effectiveFrom != null && effectiveFrom.isBefore(latest.effectiveFrom())) {
                throw InvalidInputException.of("effectiveFrom",
                        "must not be before version " + latest.version() + " (" + latest.effectiveFrom() + ")");
            }
            if (version != null && versions.stream().anyMatch(d -> d.version().equals(version))) {
                throw ConflictException.duplicate("policy version", version);
            }
            var base = new PolicyVersions(versions).inForceAt(effectiveFrom == null ? now : effectiveFrom);
            var settings = new HashMap<>(base.settings());
            settings.putAll(Objects.requireNonNull(changes, "changes"));
            var definition = PolicyDefinition.of(version, effectiveFrom, settings);
            catalog.add(definition);
            events.publish(new PolicyPublished(version, effectiveFrom, actor.id().value(), now));
            audit.record(new AuditEntry(now, actor.id(), "policy.publish", "policy", version,
                    "effective from " + effectiveFrom));
            return definition;
        });
    }
}
