package org.servicepolicy.policy;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;

/**
 * §1.3.4, §1.3.3: publishing a policy version. A version takes effect neither in the past nor
 * before one already published, so that no decision already taken is judged again; it is the
 * version in force at its start with the changes applied, every problem listed at once. Pure.
 */
public final class PolicyRules {
    private PolicyRules() {
    }

    /**
     * Publishes {@code version} from {@code effectiveFrom} (now when absent) with {@code changes}.
     *
     * @param versions every version published so far
     */
    public static Outcome<PolicyCatalog, PolicyDefinition> publish(String version, Instant effectiveFrom,
                                                                   Map<String, String> changes,
                                                                   PolicyVersions versions, Stamp stamp) {
        var now = stamp.now();
        if (effectiveFrom != null && effectiveFrom.isBefore(now)) {
            return Outcome.refused(Refusal.invalid("effectiveFrom", "must not be in the past (now is " + now + ")"));
        }
        var latest = versions.all().get(versions.all().size() - 1);
        if (effectiveFrom != null && effectiveFrom.isBefore(latest.effectiveFrom())) {
            return Outcome.refused(Refusal.invalid("effectiveFrom",
                    "must not be before version " + latest.version() + " (" + latest.effectiveFrom() + ")"));
        }
        if (version != null && versions.all().stream().anyMatch(d -> d.version().equals(version))) {
            return Outcome.refused(Refusal.duplicate("policy version", version));
        }
        var settings = new HashMap<>(versions.inForceAt(effectiveFrom == null ? now : effectiveFrom).settings());
        settings.putAll(changes);
        PolicyDefinition definition;
        try {
            definition = PolicyDefinition.of(version, effectiveFrom, settings);
        } catch (InvalidInputException e) {
            return Outcome.refused(Refusal.invalid(e.problems()));
        }
        var draft = Outcome.<PolicyCatalog>draft();
        draft.change(Change.of(catalog -> {
            catalog.add(definition);
            return definition;
        }));
        draft.event(new PolicyPublished(version, effectiveFrom, stamp.actor().id().value(), now));
        draft.audit(stamp.audit("policy.publish", "policy", version, "effective from " + effectiveFrom));
        return draft.answer(stored -> definition);
    }
}
