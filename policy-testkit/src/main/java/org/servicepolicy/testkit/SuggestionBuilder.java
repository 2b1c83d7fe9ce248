package org.servicepolicy.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.suggestions.Suggestion;
import org.servicepolicy.suggestions.SuggestionArea;
import org.servicepolicy.suggestions.SuggestionId;
import org.servicepolicy.suggestions.SuggestionStatus;
import org.servicepolicy.suggestions.SuggestionTransition;

/** Builds a {@link Suggestion}; start from {@link Fixtures#suggestion(String)}. */
public final class SuggestionBuilder {
    private final SuggestionId id;
    private EmployeeId author = Fixtures.EMPLOYEE;
    private String title = "Shorter hand-over notes";
    private String text = "Replace the three-page hand-over form with a checklist — 交接清单, one page.";
    private SuggestionArea area = SuggestionArea.PROCESSES;
    private Optional<EmployeeId> reviewer = Optional.empty();
    private Instant submittedAt = Fixtures.T0;
    private final List<SuggestionTransition> later = new ArrayList<>();
    private long version;

    SuggestionBuilder(String id) {
        this.id = SuggestionId.of(id);
    }

    /** Sets who suggested it. */
    public SuggestionBuilder author(EmployeeId value) {
        this.author = value;
        return this;
    }

    /** Sets the title. */
    public SuggestionBuilder title(String value) {
        this.title = value;
        return this;
    }

    /** Sets the text. */
    public SuggestionBuilder text(String value) {
        this.text = value;
        return this;
    }

    /** Sets what it would improve. */
    public SuggestionBuilder area(SuggestionArea value) {
        this.area = value;
        return this;
    }

    /** Sets the reviewer. */
    public SuggestionBuilder reviewer(EmployeeId value) {
        this.reviewer = Optional.of(value);
        return this;
    }

    /** Sets when it was submitted: the instant of the first, SUBMITTED, transition. */
    public SuggestionBuilder submittedAt(Instant value) {
        this.submittedAt = value;
        return this;
    }

    /** Appends a transition after the submission. */
    public SuggestionBuilder then(SuggestionStatus status, Instant at, EmployeeId by, Optional<String> note) {
        this.later.add(new SuggestionTransition(status, at, by, note));
        return this;
    }

    /** Sets the optimistic-locking version. */
    public SuggestionBuilder version(long value) {
        this.version = value;
        return this;
    }

    /** The suggestion, submitted by its author. */
    public Suggestion build() {
        var history = new ArrayList<SuggestionTransition>();
        history.add(new SuggestionTransition(SuggestionStatus.SUBMITTED, submittedAt, author, Optional.empty()));
        history.addAll(later);
        return new Suggestion(id, author, title, text, area, reviewer, history, version);
    }
}
