package org.servicepolicy.policy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.UnitOfWork;

/** Use cases of the policy versions themselves (§1.3.4: revised as the business changes). */
public final class PolicyService {
    /** The defaults, read once: every decision looks up the version in force. */
    private static final PolicyDefinition STANDARD = StandardPolicy.definition();

    private final UnitOfWork<PolicyCatalog> work;

    /** Wires the service to the unit of work of the policy catalog. */
    public PolicyService(UnitOfWork<PolicyCatalog> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    /** Every known version, the standard one first, then by {@code effectiveFrom}. */
    public List<PolicyDefinition> versions() {
        var all = new ArrayList<PolicyDefinition>();
        all.add(STANDARD);
        work.stores().all().stream().sorted(Comparator.comparing(PolicyDefinition::effectiveFrom)).forEach(all::add);
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
        var current = new PolicyVersions(versions).inForceAt(work.now()).company().zone();
        return version -> zones.getOrDefault(version, current);
    }

    /** The version in force now. */
    public PolicyDefinition current() {
        return inForceAt(work.now());
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
        Objects.requireNonNull(changes, "changes");
        Refusal.raise(actor.isHr() ? Optional.empty() : Optional.of(Refusal.access("only HR publishes policy versions")));
        return work.run(actor, catalog -> history(),
                (versions, stamp) -> PolicyRules.publish(version, effectiveFrom, changes, versions, stamp));
    }
}
