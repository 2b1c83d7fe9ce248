package org.servicepolicy.rest;

import java.util.List;
import org.servicepolicy.service.RecordedObservation;

/**
 * The answer to recording an observation (§2.3.1).
 *
 * @param observation the observation
 * @param findings    one finding per employee concerned by a nonconformity
 * @param violations  the violations the findings proposed (§3.3.3)
 */
public record RecordedObservationView(ObservationView observation, List<ServiceFindingView> findings,
                                      List<FindingViolationView> violations) {
    /** The view of {@code recorded}. */
    public static RecordedObservationView of(RecordedObservation recorded) {
        return new RecordedObservationView(ObservationView.of(recorded.observation()),
                recorded.findings().stream().map(ServiceFindingView::of).toList(),
                recorded.violations().stream().map(FindingViolationView::of).toList());
    }
}
