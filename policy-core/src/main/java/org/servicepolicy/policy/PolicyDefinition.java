package org.servicepolicy.policy;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.StoredPrecision;
import org.servicepolicy.kernel.InvalidInputException;

/**
 * One version of the policy as data (§1.3.4: the policy is revised as the business changes).
 * Decisions use the version in force when their deciding fact happened, and record its id.
 * Its canonical form is a flat map of settings ({@code discipline.points.MINOR=1}); see
 * {@link StandardPolicy} for every key and its default.
 *
 * @param version       the version's identifier, unique in a catalog
 * @param effectiveFrom from when this version applies
 * @param company       company-wide settings
 * @param discipline    work discipline and progressive penalties (§3.2, §3.3.3)
 * @param tasks         work assignments: adjustment notice and progress reports (§3.1)
 * @param assessment    compliance assessment and grades (§3.3.1)
 * @param rewards       reward rules (§3.3.2, §2.3.3, §2.3.1, §5.2.1)
 * @param career        promotion conditions (§4.3.2)
 * @param service       service standards (§2.1, §2.2)
 * @param serviceEvaluation periodic service evaluation (§2.3.3, §5.2.2, §4.3.2)
 * @param feedback      customer feedback handling (§2.3.2, §5.2.2)
 * @param meetings      channels and meetings (§5.1)
 * @param sponsorship   external training sponsorship (§4.1.2)
 * @param training      training programmes, onboarding and training obligations (§4.1, §4.2)
 */
public record PolicyDefinition(String version, Instant effectiveFrom, CompanyPolicy company,
                               DisciplinePolicy discipline, TaskPolicy tasks, AssessmentPolicy assessment,
                               RewardPolicy rewards, CareerPolicy career, ServiceStandardsPolicy service,
                               ServiceEvaluationPolicy serviceEvaluation, FeedbackPolicy feedback,
                               MeetingPolicy meetings, SponsorshipPolicy sponsorship,
                               TrainingPolicy training) {
    /** Requires every part; {@code effectiveFrom} is kept to the stores' precision. */
    public PolicyDefinition {
        Ids.requireValid("policy version", version);
        effectiveFrom = StoredPrecision.truncate(Objects.requireNonNull(effectiveFrom, "effectiveFrom"));
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(discipline, "discipline");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(rewards, "rewards");
        Objects.requireNonNull(career, "career");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(serviceEvaluation, "serviceEvaluation");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(meetings, "meetings");
        Objects.requireNonNull(sponsorship, "sponsorship");
        Objects.requireNonNull(training, "training");
    }

    /**
     * Reads and validates a complete definition from its settings.
     *
     * @throws InvalidInputException listing every problem: missing, malformed, inconsistent or
     *                               unknown settings, and a malformed version id
     */
    public static PolicyDefinition of(String version, Instant effectiveFrom, Map<String, String> settings) {
        var reader = new PolicySettings(settings);
        var company = CompanyPolicy.read(reader);
        var discipline = DisciplinePolicy.read(reader, company);
        var tasks = TaskPolicy.read(reader);
        var assessment = AssessmentPolicy.read(reader);
        var rewards = RewardPolicy.read(reader, company);
        var career = CareerPolicy.read(reader);
        var service = ServiceStandardsPolicy.read(reader);
        var serviceEvaluation = ServiceEvaluationPolicy.read(reader);
        var feedback = FeedbackPolicy.read(reader);
        var meetings = MeetingPolicy.read(reader);
        var sponsorship = SponsorshipPolicy.read(reader, company);
        var training = TrainingPolicy.read(reader);
        var problems = reader.problems();
        if (!Ids.isValid(version)) {
            problems.add(0, new FieldProblem("version",
                    "must be 1-64 letters, digits, '.', '_' or '-'"));
        }
        if (effectiveFrom == null) {
            problems.add(0, new FieldProblem("effectiveFrom", "is required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PolicyDefinition(version, effectiveFrom, company, discipline, tasks, assessment, rewards, career,
                service, serviceEvaluation, feedback, meetings, sponsorship, training);
    }

    /** Every setting of this version, sorted by key. {@link #of} reads them back unchanged. */
    public Map<String, String> settings() {
        var out = new TreeMap<String, String>();
        company.write(out);
        discipline.write(out);
        tasks.write(out);
        assessment.write(out);
        rewards.write(out);
        career.write(out);
        service.write(out);
        serviceEvaluation.write(out);
        feedback.write(out);
        meetings.write(out);
        sponsorship.write(out);
        training.write(out);
        return out;
    }
}
