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

    private Advice() {
    }

    /** @return the refusal and the advice of a single command, e.g. {@code transcend play --out ...} */
    public static String forCommand(Refusal refusal) {
        return refusal.describe() + ". " + (refusal instanceof Refusal.TermsMissing
                ? "Restore it, or use another --out folder"
                : refusal instanceof Refusal.TermsChanged changed
                ? why(changed) + "; use another --out folder (or restore the settings)"
                : "Use another --out folder (or an empty one)");
    }

    /**
     * @param newRun how to start a new run, and where the run's settings are recorded
     * @return the refusal and the advice of {@code transcend run}
     */
    public static String inRun(Refusal refusal, String newRun) {
        return refusal.describe() + ". " + (refusal instanceof Refusal.TermsChanged c ? why(c) + "; " : "") + newRun;
    }

    /** @return the changes joined by {@code "; "}, e.g. {@code prepare.cap 1200 -> 1100; input files 1 -> 2} */
    public static String list(List<TermChange> changes) {
        return changes.stream().map(TermChange::toString).collect(Collectors.joining("; "));
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
