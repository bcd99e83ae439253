package dev.transcend.core.provenance;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a stage will not write into a folder or resume what it holds: what is wrong, naming the folder or file, the
 * setting and both values, but not what to do about it; the command line words that (a single command's advice differs
 * from {@code transcend run}'s). Thrown as a {@link RefusedException}.
 */
public sealed interface Refusal {

    /** @return one line: what is wrong, without advice */
    String describe();

    /** {@code path} is a file where a stage's folder should be. */
    record NotAFolder(Path path) implements Refusal {
        public String describe() {
            return path + " exists and is not a folder";
        }
    }

    /** {@code folder} holds the finished output of stage {@code owner}; {@code stage} would overwrite it. */
    record OtherStage(Path folder, Stage owner, Stage stage) implements Refusal {
        public String describe() {
            return folder + " holds the output of stage '" + owner + "' (its " + Manifest.FILE_NAME + "); '" + stage
                    + "' would overwrite it";
        }
    }

    /** {@code folder} holds {@code files} that are not {@code stage}'s, or its files without manifest or marker. */
    record ForeignFiles(Path folder, Stage stage, List<String> files, String marker) implements Refusal {
        public String describe() {
            String shown = String.join(", ", files.subList(0, Math.min(files.size(), 5)))
                    + (files.size() > 5 ? " and " + (files.size() - 5) + " more" : "");
            return folder + " is not empty and is not a '" + stage + "' folder: it holds " + shown + " but no "
                    + Manifest.FILE_NAME + (marker == null ? "" : " or " + marker) + " of stage '" + stage + "'";
        }
    }

    /** A manifest or terms {@code file} that cannot be read; {@code problem} names it. */
    record Unreadable(Path file, String problem) implements Refusal {
        public String describe() {
            return problem;
        }
    }

    /** The terms {@code file} is gone, but {@code outputs} (e.g. {@code games.csv holds 8 games}) were made under it. */
    record TermsMissing(Path file, String outputs) implements Refusal {
        public String describe() {
            return file + " is missing, but " + outputs + "; it records the settings they were made under, without"
                    + " which more cannot be added safely";
        }
    }

    /** {@code stage}'s outputs in {@code folder} were made under other terms, recorded in {@code file}. */
    record TermsChanged(Stage stage, Path folder, Path file, List<TermChange> changes) implements Refusal {
        public String describe() {
            return "cannot resume " + folder + ": " + file + " records other settings: "
                    + changes.stream().map(TermChange::toString).collect(Collectors.joining("; "));
        }
    }
}
