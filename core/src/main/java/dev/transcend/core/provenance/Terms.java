package dev.transcend.core.provenance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.transcend.core.io.Json;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The one resume comparison. A stage declares the terms its outputs are made under as a record (the sweep's
 * {@code SweepTerms}, generation's {@code GenerateTerms}, the trainer's model and settings, the dataset settings); a
 * resumed or reused stage compares the recorded terms with this run's and refuses on any {@link TermChange}. Values
 * are compared as their JSON: objects key by key (so each change names its path), lists as wholes, numbers by value
 * (a hand-edited {@code "150"} equals {@code 150}, {@code 2} equals {@code 2.0}), and an absent value equals null.
 *
 * <p>Resumable stages write their terms when they start ({@link #write}: {@code sweep.json}, {@code generate.json}),
 * because their manifest is written only when they finish; a resumed run reads them back ({@link #recorded}) and
 * {@link #require}s its own to be the same.
 */
public final class Terms {

    private Terms() {
    }

    /**
     * @param root the path of the compared values, e.g. {@code prepare}; empty for none
     * @param before the recorded terms: a record, map, list, scalar or JSON tree
     * @param after this run's terms, of the same shape
     * @return every difference, in the order of {@code before}'s keys then {@code after}'s new ones; empty if none
     */
    public static List<TermChange> changes(String root, Object before, Object after) {
        List<TermChange> changes = new ArrayList<>();
        compare(root, tree(before), tree(after), changes);
        return changes;
    }

    /** @return {@link #changes(String, Object, Object)} with paths from the top, e.g. {@code moveLimit} */
    public static List<TermChange> changes(Object before, Object after) {
        return changes("", before, after);
    }

    /**
     * @param file the terms file of {@code stage}'s folder
     * @param before the recorded terms (or the part of them the folder's outputs depend on)
     * @param now this run's terms, likewise
     * @throws RefusedException naming every change ({@link Refusal.TermsChanged}) if they differ
     */
    public static void require(Stage stage, Path file, Object before, Object now) {
        List<TermChange> changes = changes(before, now);
        if (!changes.isEmpty()) {
            throw new RefusedException(new Refusal.TermsChanged(stage, file.getParent(), file, changes));
        }
    }

    /**
     * @param file a terms file written by {@link #write}
     * @param type the stage's terms record
     * @param outputs what the folder holds that was made under these terms, e.g. {@code "games.csv holds 8 games"}
     * @return the recorded terms
     * @throws RefusedException naming the file if it is missing ({@link Refusal.TermsMissing}) or not readable as
     *                          {@code type} ({@link Refusal.Unreadable})
     */
    public static <T> T recorded(Path file, Class<T> type, String outputs) {
        if (!Files.exists(file)) {
            throw new RefusedException(new Refusal.TermsMissing(file, outputs));
        }
        try {
            return Json.read(file, type);
        } catch (IOException e) {
            String why = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw new RefusedException(new Refusal.Unreadable(file, file + " is not readable ("
                    + String.valueOf(why).lines().findFirst().orElse("") + ")"));
        }
    }

    /** Records {@code terms} in {@code file}, atomically. */
    public static void write(Path file, Object terms) throws IOException {
        Json.write(file, terms);
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<TermChange> changes) {
        if (before.isObject() && after.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            before.fieldNames().forEachRemaining(keys::add);
            after.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                compare(path.isEmpty() ? key : path + "." + key, before.path(key), after.path(key), changes);
            }
        } else if (!canonical(before).equals(canonical(after))) {
            changes.add(new TermChange(path, plain(before), plain(after)));
        }
    }

    /** @return {@code node} with every number, and every text that is one, as a decimal without trailing zeros */
    private static JsonNode canonical(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = node.deepCopy();
            copy.fields().forEachRemaining(e -> e.setValue(canonical(e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(element -> copy.add(canonical(element)));
            return copy;
        }
        if (node.isMissingNode() || node.isNull()) {
            return NullNode.instance;
        }
        try {
            return node.isNumber() || node.isTextual()
                    ? JsonNodeFactory.instance.numberNode(new BigDecimal(node.asText().trim()).stripTrailingZeros())
                    : node;
        } catch (NumberFormatException text) {
            return node;
        }
    }

    private static JsonNode tree(Object value) {
        return value == null ? MissingNode.getInstance()
                : value instanceof JsonNode node ? node : Json.mapper().valueToTree(value);
    }

    private static Object plain(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        try {
            return Json.mapper().treeToValue(node, Object.class);
        } catch (JsonProcessingException e) {
            return node.toString();
        }
    }
}
