package org.servicepolicy.training;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Stamp;

/**
 * §4.1, §4.2: the sweep of obligations marks each reminder and each overdue obligation once. Pure.
 * A reminder is due {@code training.reminder.before} ahead of an obligation that will fall due: one
 * not met yet, or a recurring one whose completion expires then; an overdue obligation is marked
 * from its due instant.
 */
public final class TrainingSweepRules {
    private TrainingSweepRules() {
    }

    /**
     * One mark the sweep made.
     *
     * @param obligation the obligation marked
     * @param overdue    whether it was marked overdue rather than reminded
     */
    public record Flag(TrainingObligation obligation, boolean overdue) {
        /** Requires the obligation. */
        public Flag {
            Objects.requireNonNull(obligation, "obligation");
        }

        /** The key the mark is kept under: {@code REMINDER:} or {@code OVERDUE:} and the obligation's key. */
        public String key() {
            return (overdue ? "OVERDUE:" : "REMINDER:") + obligation.key();
        }
    }

    /** The marks due at {@code now} for {@code obligations}, marked or not yet. */
    public static List<Flag> due(List<TrainingObligation> obligations, Period reminderBefore, ZoneId zone,
                                 Instant now) {
        var flags = new ArrayList<Flag>();
        for (var obligation : obligations) {
            if (obligation.status() == ObligationStatus.OVERDUE) {
                flags.add(new Flag(obligation, true));
            } else if (willFallDue(obligation)
                    && !now.isBefore(obligation.due().atZone(zone).minus(reminderBefore).toInstant())) {
                flags.add(new Flag(obligation, false));
            }
        }
        return List.copyOf(flags);
    }

    /** Marks each of {@code flags} once; answers those this sweep marked. */
    static Outcome<TrainingStores, List<Flag>> mark(List<Flag> flags, Instant now) {
        var draft = Outcome.<TrainingStores>draft();
        var marks = flags.stream().map(flag -> draft.change(Change.of(s -> s.training().markOnce(
                flag.obligation().employee(), flag.key(), now)))).toList();
        return draft.answer(s -> {
            var marked = new ArrayList<Flag>();
            for (int i = 0; i < flags.size(); i++) {
                if (s.of(marks.get(i))) {
                    marked.add(flags.get(i));
                }
            }
            return List.copyOf(marked);
        });
    }

    /** The events and audit lines of the marks this sweep made. */
    static Outcome<TrainingStores, List<Flag>> announce(List<Flag> marked, Stamp stamp) {
        var draft = Outcome.<TrainingStores>draft();
        for (var flag : marked) {
            var obligation = flag.obligation();
            draft.event(new TrainingEvent.ObligationFlagged(obligation.employee(), obligation.programme(),
                    obligation.source(), obligation.due(), flag.overdue(), stamp.now()));
            draft.audit(stamp.audit(flag.overdue() ? "training.overdue" : "training.reminder", "employee",
                    obligation.employee().value(), obligation.source() + " " + obligation.programme() + " due "
                            + obligation.due()));
        }
        return draft.answer(s -> marked);
    }

    private static boolean willFallDue(TrainingObligation obligation) {
        return obligation.status() == ObligationStatus.DUE
                || obligation.status() == ObligationStatus.MET && obligation.source() == ObligationSource.RECURRING;
    }
}
