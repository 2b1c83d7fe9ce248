package org.servicepolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;

/** §2.1, §2.2: the service standards are policy data a company changes by publishing a version. */
class ServiceStandardsPolicyTest {
    private static final Instant FROM = Instant.parse("2027-01-01T00:00:00Z");
    private static final ServiceStandardsPolicy STANDARD = StandardPolicy.definition().service();

    @Test
    @DisplayName("§2.1, §2.2: the defaults encode the policy's measures")
    void theDefaultsEncodeThePolicy() {
        assertThat(STANDARD.maxReceptionWait()).isEqualTo(Duration.ofMinutes(5));
        assertThat(STANDARD.stipulatedTimes()).containsExactly(Map.entry("ENQUIRY", Duration.ofHours(4)),
                Map.entry("STANDARD", Duration.ofDays(3)), Map.entry("COMPLEX", Duration.ofDays(10)));
        assertThat(STANDARD.returnVisitWithin()).isEqualTo(Period.ofDays(30));
        assertThat(STANDARD.crossDepartmentReplyDays()).isEqualTo(1);
        assertThat(STANDARD.stipulatedTime("STANDARD")).contains(Duration.ofDays(3));
        assertThat(STANDARD.stipulatedTime("UNKNOWN")).isEmpty();
        assertThat(STANDARD.severity(ServiceStandard.PROMISED_REPLY)).isEqualTo(Severity.MODERATE);
        assertThat(STANDARD.criterion(ServiceStandard.RECEPTION_WAIT)).contains("PT5M");
        assertThat(STANDARD.criterion(ServiceStandard.CROSS_DEPARTMENT_REPLY)).contains("1 working day");
        assertThat(STANDARD.criterion(ServiceStandard.CASE_TIME)).contains("ENQUIRY PT4H", "COMPLEX PT240H");
    }

    @ParameterizedTest
    @EnumSource(ServiceStandard.class)
    @DisplayName("§2.1, §2.2, §2.3.2: every standard names its clause, its criterion and a severity")
    void everyStandardIsComplete(ServiceStandard standard) {
        assertThat(standard.clause()).matches("§2\\.[12]\\.\\d|§2\\.3\\.2");
        assertThat(STANDARD.criterion(standard)).isNotBlank();
        assertThat(STANDARD.severity(standard)).isNotNull();
    }

    @Test
    @DisplayName("§1.3.4: a company changes a standard's measure and severity by publishing a version")
    void aCompanyChangesItsStandards() {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.put("service.standard.RECEPTION_WAIT.maxWait", "PT3M");
        settings.put("service.case.stipulatedTimes", "ACCOUNT_OPENING=PT2H, LOAN=PT120H");
        settings.put("service.standard.RETURN_VISIT.severity", "MODERATE");

        var service = PolicyDefinition.of("2027", FROM, settings).service();

        assertThat(service.maxReceptionWait()).isEqualTo(Duration.ofMinutes(3));
        assertThat(service.stipulatedTimes()).containsOnlyKeys("ACCOUNT_OPENING", "LOAN");
        assertThat(service.severity(ServiceStandard.RETURN_VISIT)).isEqualTo(Severity.MODERATE);
    }

    @Test
    @DisplayName("§1.3.4: every problem of the service settings is listed at once")
    void everyProblemIsListed() {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.put("service.standard.RECEPTION_WAIT.maxWait", "PT0S");
        settings.put("service.case.stipulatedTimes", "enquiry=PT1H,LOAN=soon,LOAN2=PT0S,LOAN3=PT1H,LOAN3=PT2H");
        settings.put("service.standard.CROSS_DEPARTMENT_REPLY.workingDays", "0");
        settings.put("service.standard.CASE_TIME.severity", "TERRIBLE");
        settings.put("company.workingDays", "MONDAY,FUNDAY");

        assertThatThrownBy(() -> PolicyDefinition.of("bad", FROM, settings))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::message).contains(
                                tuple("settings.service.standard.RECEPTION_WAIT.maxWait",
                                        "must be above zero"),
                                tuple("settings.service.case.stipulatedTimes",
                                        "'enquiry=PT1H' is not TYPE=duration with an upper-case business type"),
                                tuple("settings.service.case.stipulatedTimes",
                                        "the time of LOAN is not an ISO-8601 duration such as PT4H or P3D"),
                                tuple("settings.service.case.stipulatedTimes",
                                        "the time of LOAN2 must be above zero"),
                                tuple("settings.service.case.stipulatedTimes",
                                        "lists LOAN3 twice"),
                                tuple("settings.company.workingDays",
                                        "'FUNDAY' is not a day of the week such as MONDAY"))
                        .extracting(t -> t.toList().get(0)).contains(
                                "settings.service.standard.CROSS_DEPARTMENT_REPLY.workingDays",
                                "settings.service.standard.CASE_TIME.severity"));
    }

    @ParameterizedTest(name = "{0} + {1} working day(s) = {2}")
    @CsvSource({
            "2027-01-06T10:00:00Z, 1, 2027-01-07T10:00:00Z",
            "2027-01-08T10:00:00Z, 1, 2027-01-11T10:00:00Z",
            "2027-01-09T10:00:00Z, 1, 2027-01-11T10:00:00Z",
            "2027-01-08T10:00:00Z, 5, 2027-01-15T10:00:00Z"})
    @DisplayName("§2.2.1: working days skip the days the company does not work")
    void workingDaysSkipTheWeekend(String from, int days, String expected) {
        assertThat(StandardPolicy.definition().company().afterWorkingDays(Instant.parse(from), days))
                .isEqualTo(Instant.parse(expected));
    }

    @Test
    @DisplayName("§2.2.1: a company that works on Saturdays counts them")
    void aSaturdayWorkingCompanyCountsSaturdays() {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.put("company.workingDays", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY");
        var company = PolicyDefinition.of("six-days", FROM, settings).company();

        assertThat(company.workingDays()).contains(DayOfWeek.SATURDAY).doesNotContain(DayOfWeek.SUNDAY);
        assertThat(company.afterWorkingDays(Instant.parse("2027-01-08T10:00:00Z"), 1))
                .isEqualTo(Instant.parse("2027-01-09T10:00:00Z"));
    }
}
