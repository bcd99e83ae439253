package dev.transcend.cli;

import dev.transcend.core.provenance.Refusal;
import dev.transcend.core.provenance.TermChange;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What to do about a stage's {@link Refusal}, in words: the library says what is wrong, the command line what to
 * change, which differs between a single command (its {@code --out} option) and {@code transcend run} (which sets
 * every {@code --out} itself).
 */
public final class Advice {

    /** How many changes a message lists before it counts the rest. */
    private static final int LISTED = 5;

    private Advice() {
    }

    /** @return the refusal and the advice of a single command, e.g. {@code transcend play --out ...} */
    public static String forCommand(Refusal refusal) {
        if (refusal instanceof Refusal.TermsMissing) {
            return refusal.describe() + ". Restore it, or use another --out folder";
        }
        if (refusal instanceof Refusal.TermsChanged changed) {
            return changed.describe() + ". " + why(changed) + "; use another --out folder (or restore the settings)";
        }
        return refusal.describe() + ". Use another --out folder (or an empty one)";
    }

    /**
     * @param newRun how to start a new run, and where the run's settings are recorded
     * @return the refusal and the advice of {@code transcend run}
     */
    public static String inRun(Refusal refusal, String newRun) {
        return refusal instanceof Refusal.TermsChanged changed
                ? changed.describe() + ". " + why(changed) + "; " + newRun
                : refusal.describe() + ". " + newRun;
    }

    /** @return the changes joined by {@code "; "}, the first {@value #LISTED} and a count of the rest */
    public static String list(List<TermChange> changes) {
        String listed = changes.stream().limit(LISTED).map(TermChange::toString).collect(Collectors.joining("; "));
        return changes.size() > LISTED ? listed + "; and " + (changes.size() - LISTED) + " more" : listed;
    }

    private static String why(Refusal.TermsChanged changed) {
        return switch (changed.stage()) {
            case GENERATE -> "A generated dataset holds games of one panel under one set of rules";
            case PLAY -> "Games played under different settings cannot be rated together";
            case TRAIN -> "Only steps, evalEvery, checkpointEvery and logEvery may change when training resumes";
            default -> "Outputs made under other settings cannot be extended";
        };
    }
}
