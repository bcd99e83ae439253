package dev.transcend.core.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.io.Json;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The terms a resumable stage's outputs were made under (e.g. {@code sweep.json}, {@code generate.json}), written
 * when the stage starts, because its manifest is written only when it finishes. A resumed run compares its own terms
 * with the recorded ones and refuses to mix outputs made under different terms in one file.
 */
public final class RecordedTerms {

    private RecordedTerms() {
    }

    /**
     * @param value a record or map
     * @return {@code value} as a JSON tree, through text, so that numbers read back from a file and fresh ones compare
     *         equal (int vs long nodes)
     */
    public static JsonNode normalized(Object value) {
        try {
            return Json.mapper().readTree(Json.mapper().writeValueAsString(value));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * @param file a terms file, possibly absent
     * @return its JSON object, or empty if the file does not exist
     * @throws ConfigException naming the file if it is not a readable JSON object
     */
    public static Optional<JsonNode> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            JsonNode tree = Json.mapper().readTree(file.toFile());
            if (tree == null || !tree.isObject()) {
                throw new ConfigException(file + " is empty or not a JSON object; use another --out folder");
            }
            return Optional.of(tree);
        } catch (IOException e) {
            throw new ConfigException(file + " is not readable JSON (" + e.getMessage() + "); use another --out folder",
                    e);
        }
    }

    /**
     * Adds {@code "term old -> new"} to {@code changes} when the two values differ.
     *
     * @param term the term's name as the user knows it (e.g. {@code moveLimit}, {@code player 'sf-s0' rating})
     * @param old the recorded value, possibly a missing node
     * @param now this run's value, possibly a missing node
     * @param changes where the change is added
     */
    public static void compare(String term, JsonNode old, JsonNode now, List<String> changes) {
        if (!old.equals(now)) {
            changes.add(term + " " + text(old) + " -> " + text(now));
        }
    }

    /**
     * Compares two JSON objects key by key over the keys of both, so that the error names the field that changed.
     *
     * @param prefix put before each key in the message, e.g. {@code "prepare."} or {@code "opponent 'sf-s1' "}
     * @param old the recorded object
     * @param now this run's object
     * @param changes where each change, {@code "<prefix><key> old -> new"}, is added
     */
    public static void compareFields(String prefix, JsonNode old, JsonNode now, List<String> changes) {
        Set<String> keys = new LinkedHashSet<>();
        old.fieldNames().forEachRemaining(keys::add);
        now.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            compare(prefix + key, old.path(key), now.path(key), changes);
        }
    }

    /**
     * @param file the terms file, missing
     * @param outputs what holds the outputs made under it, e.g. {@code "runs/a/play/games.csv holds 8 games"}
     * @return the error to throw: outputs of unknown terms cannot be extended
     */
    public static ConfigException missing(Path file, String outputs) {
        return new ConfigException(file + " is missing, but " + outputs + "; it records the settings they were"
                + " played under, without which more games cannot be added safely. Restore it, or use another --out"
                + " folder");
    }

    /**
     * @param file the terms file
     * @param outDir the stage's folder
     * @param what what the folder holds, e.g. {@code "games"}
     * @param changes the changes found by {@link #compare}, not empty
     * @param why why outputs made under different terms cannot share the folder
     * @return the error to throw, naming the file, every change and the way out
     */
    public static ConfigException changed(Path file, Path outDir, String what, List<String> changes, String why) {
        return new ConfigException(file + ": the " + what + " in " + outDir + " were made under other settings: "
                + String.join("; ", changes) + ". " + why + "; use another --out folder (or restore the settings)");
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? "none" : node.isTextual() ? node.asText() : node.toString();
    }
}
