package org.servicepolicy.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The working windows of one day, earliest first and never overlapping, such as
 * {@code 09:00-12:00,13:30-18:00}: the gap between two windows (a lunch break) is closed time.
 *
 * @param windows the day's windows, at least one
 */
public record WorkingHours(List<WorkingWindow> windows) {
    /** Requires at least one window, in order, none overlapping another. */
    public WorkingHours {
        windows = List.copyOf(windows);
        var problems = problems(windows);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /**
     * Reads a comma-separated list of windows such as {@code 09:00-12:00,13:30-18:00}, reporting
     * every problem (a malformed or inverted window, two that overlap, none at all) to
     * {@code problems}.
     *
     * @return the hours, or nothing when there was a problem
     */
    public static Optional<WorkingHours> parse(String text, Consumer<String> problems) {
        var windows = new ArrayList<WorkingWindow>();
        boolean malformed = false;
        for (var part : text.isBlank() ? new String[0] : text.split(",")) {
            try {
                windows.add(WorkingWindow.parse(part));
            } catch (IllegalArgumentException e) {
                problems.accept(e.getMessage());
                malformed = true;
            }
        }
        var found = malformed && windows.isEmpty() ? List.<String>of() : problems(windows);
        found.forEach(problems);
        return malformed || !found.isEmpty() ? Optional.empty() : Optional.of(new WorkingHours(windows));
    }

    private static List<String> problems(List<WorkingWindow> windows) {
        var problems = new ArrayList<String>();
        if (windows.isEmpty()) {
            problems.add("lists no window; a working day has at least one, such as 09:00-12:00");
        }
        for (int i = 0; i < windows.size(); i++) {
            for (int j = i + 1; j < windows.size(); j++) {
                if (windows.get(i).overlaps(windows.get(j))) {
                    problems.add("'" + windows.get(i) + "' overlaps '" + windows.get(j) + "'");
                } else if (windows.get(j).compareTo(windows.get(i)) < 0) {
                    problems.add("'" + windows.get(j) + "' must be listed before '" + windows.get(i) + "'");
                }
            }
        }
        return problems;
    }

    /** The hours as written in the settings, such as {@code 09:00-12:00,13:30-18:00}. */
    @Override
    public String toString() {
        return windows.stream().map(WorkingWindow::toString).collect(Collectors.joining(","));
    }
}
