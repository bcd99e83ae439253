package dev.transcend.reports;

import java.util.List;
import java.util.Objects;

/**
 * What the report says about the run beyond the games themselves, supplied by the caller (the CLI).
 *
 * @param title the report title, e.g. {@code "Transcendence: 8-layer model, cap 1000"}
 * @param settingsText the run's resolved settings as YAML text, shown verbatim; empty if none
 * @param facts key facts from the upstream manifests, shown as a two-column table in the given order, e.g.
 *              {@code ("checkpoint", "runs/a/train/best (sha256 3f2a...)")}, {@code ("training games", "48,112")}
 * @param notes free-text notes shown as bullet points, e.g. deviations from the paper's protocol
 */
public record ReportContext(String title, String settingsText, List<Fact> facts, List<String> notes) {

    public ReportContext {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("report title must not be blank");
        }
        settingsText = settingsText == null ? "" : settingsText;
        facts = facts == null ? List.of() : List.copyOf(facts);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** @return a context with only a title */
    public static ReportContext titled(String title) {
        return new ReportContext(title, "", List.of(), List.of());
    }

    /**
     * One named fact about the run.
     *
     * @param name e.g. {@code "games per opponent per temperature"}
     * @param value e.g. {@code "100"}
     */
    public record Fact(String name, String value) {
        public Fact {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }
}
