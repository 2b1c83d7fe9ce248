package org.servicepolicy.career;

import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;

/**
 * §4.3.2: promotion on the premise of compliance and good performance. The conditions are
 * {@link PromotionRule}'s, checked at the instant of the question under the version in force
 * then; HR may record the answer as a decision. Pure: each function decides from the facts
 * loaded and the stamp, whose instant is the one the facts were loaded for.
 */
public final class CareerRules {
    /** The decision kind of a recorded promotion eligibility. */
    public static final DecisionKind ELIGIBILITY = DecisionKind.of("career.promotion-eligibility");

    private CareerRules() {
    }

    /**
     * §4.3.2: whether {@code employee} meets the promotion conditions now, as the employee, their
     * department's manager or HR may ask; to anyone else the employee does not exist.
     */
    public static Outcome<CareerStores, PromotionEligibility> eligibility(EmployeeId employee,
                                                                          CareerFacts.Standing facts, Stamp stamp) {
        var visible = facts.employee().filter(e -> CareerAccess.mayView(stamp.actor(), e));
        if (visible.isEmpty()) {
            return Outcome.refused(Refusal.missing("employee", employee));
        }
        var eligibility = PromotionRule.assess(visible.get(), facts.grades(), facts.penalties(),
                facts.services(), facts.training(), facts.policy(), stamp.now());
        return Outcome.<CareerStores>draft().answer(stored -> eligibility);
    }

    /**
     * §4.3.2: HR records whether {@code employee} meets the promotion conditions now, as a
     * decision with one reason per condition, under the version in force now.
     */
    public static Outcome<CareerStores, Decision> recordEligibility(EmployeeId employee, CareerFacts.Standing facts,
                                                                    Stamp stamp) {
        var refused = CareerAccess.mayRecord(stamp.actor(), employee)
                .or(() -> facts.employee().isEmpty() ? Optional.of(Refusal.missing("employee", employee))
                        : Optional.empty());
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        var eligibility = PromotionRule.assess(facts.employee().get(), facts.grades(), facts.penalties(),
                facts.services(), facts.training(), facts.policy(), stamp.now());
        var decision = stamp.decision(ELIGIBILITY, employee, eligibility.outcome(), eligibility.reasons(),
                eligibility.policyVersion(), eligibility.asOf());
        return Outcome.<CareerStores>draft().decision(decision)
                .event(new CareerEvent.PromotionEligibilityDecided(employee, eligibility.eligible(), decision.id(),
                        stamp.now()))
                .audit(stamp.audit("career.record-eligibility", "employee", employee.value(), eligibility.outcome()))
                .answer(stored -> decision);
    }

    /** §4.3.2: the employees of {@code department} who meet every promotion condition now (HR only). */
    public static Outcome<CareerStores, List<PromotionEligibility>> eligibleIn(DepartmentId department,
                                                                               CareerFacts.DepartmentStanding facts,
                                                                               Stamp stamp) {
        var refused = CareerAccess.mayListEligible(stamp.actor())
                .or(() -> facts.department().isEmpty() ? Optional.of(Refusal.missing("department", department))
                        : Optional.empty());
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        var eligible = facts.employees().stream().map(facts::of)
                .map(standing -> PromotionRule.assess(standing.employee().orElseThrow(), standing.grades(),
                        standing.penalties(), standing.services(), standing.training(), standing.policy(), stamp.now()))
                .filter(PromotionEligibility::eligible).toList();
        return Outcome.<CareerStores>draft().answer(stored -> eligible);
    }
}
