package dev.transcend.arena.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.transcend.arena.player.PlayerSpec;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.io.Json;
import dev.transcend.model.sampling.SamplingProtocol;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a sweep folder's games are played under, stored as {@code sweep.json} when a sweep starts (the manifest is
 * written only when it completes). Games played under other rules cannot share one {@code games.csv}: a different
 * move limit changes how many games are drawn, a different seed or opponent options give other games, and a different
 * opponent rating moves the model's rating. So a resumed sweep may add temperatures, opponents and games per
 * opponent, but not change these terms for games already recorded.
 *
 * @param model the swept player's name
 * @param cap its training-data rating cap, Elo, or null
 * @param protocol sampling protocol
 * @param maxTries samples per move before a game is lost
 * @param moveLimit full moves before a game is stopped as a draw
 * @param seed the run seed the game seeds derive from
 * @param opponents each opponent's recipe as JSON, by name, without {@code ratingNote} and {@code timeouts}, which
 *                  do not change how it plays
 */
record SweepTerms(String model, Integer cap, SamplingProtocol protocol, int maxTries, int moveLimit, long seed,
                  Map<String, JsonNode> opponents) {

    /** File name inside the sweep folder. */
    static final String FILE = "sweep.json";

    /** The terms every recorded game shares, compared once the folder holds a game. */
    private static final List<String> SHARED = List.of("model", "cap", "protocol", "maxTries", "moveLimit", "seed");

    /** @return the terms of a run */
    static SweepTerms of(PlayerSpec model, OptionalInt cap, PlaySettings settings, List<PlayerSpec> opponents) {
        Map<String, JsonNode> recipes = new LinkedHashMap<>();
        for (PlayerSpec o : opponents) {
            ObjectNode recipe = (ObjectNode) normalized(new Typed(o)).get("spec");
            recipe.remove(List.of("ratingNote", "timeouts"));
            recipes.put(o.name(), recipe);
        }
        return new SweepTerms(model.name(), cap.isPresent() ? cap.getAsInt() : null, settings.protocol(),
                settings.maxTries(), settings.moveLimit(), settings.seed(), recipes);
    }

    /**
     * Checks this run's terms against those the folder's games were played under, then records the terms from now
     * on: this run's, plus the recorded recipes of opponents that have games but are not in this run.
     *
     * @param outDir the sweep folder
     * @param rows the games already in its {@code games.csv}
     * @throws ConfigException naming each change, old -> new, if a shared term changed while the folder holds games,
     *                         or an opponent's recipe changed while the folder holds games against it
     * @throws IOException if {@code sweep.json} cannot be written
     */
    void claim(Path outDir, List<GameRow> rows) throws IOException {
        Path file = outDir.resolve(FILE);
        ObjectNode now = (ObjectNode) normalized(this);
        if (Files.exists(file)) {
            JsonNode before = read(file);
            List<String> changes = new ArrayList<>();
            if (!rows.isEmpty()) {
                for (String term : SHARED) {
                    compare(term, before.path(term), now.path(term), changes);
                }
            }
            Set<String> played = new LinkedHashSet<>();
            rows.forEach(r -> played.add(r.opponent()));
            ObjectNode recipes = (ObjectNode) now.get("opponents");
            for (String name : played) {
                JsonNode old = before.path("opponents").path(name);
                JsonNode recipe = recipes.path(name);
                if (recipe.isMissingNode() && !old.isMissingNode()) {
                    recipes.set(name, old);
                } else if (!old.isMissingNode()) {
                    Set<String> keys = new LinkedHashSet<>();
                    old.fieldNames().forEachRemaining(keys::add);
                    recipe.fieldNames().forEachRemaining(keys::add);
                    for (String key : keys) {
                        compare("opponent '" + name + "' " + key, old.path(key), recipe.path(key), changes);
                    }
                }
            }
            if (!changes.isEmpty()) {
                throw new ConfigException(file + ": the games in " + outDir + " were played under other settings: "
                        + String.join("; ", changes) + ". Games played under different settings cannot be rated "
                        + "together; use another --out folder (or restore the settings)");
            }
        }
        Json.write(file, now);
    }

    private static void compare(String term, JsonNode old, JsonNode now, List<String> changes) {
        if (!old.equals(now)) {
            changes.add(term + " " + text(old) + " -> " + text(now));
        }
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? "none" : node.isTextual() ? node.asText() : node.toString();
    }

    private static JsonNode read(Path file) {
        try {
            JsonNode tree = Json.mapper().readTree(file.toFile());
            if (tree == null || !tree.isObject()) {
                throw new ConfigException(file + " is empty or not a JSON object; use another --out folder");
            }
            return tree;
        } catch (IOException e) {
            throw new ConfigException(file + " is not readable JSON (" + e.getMessage() + "); use another --out folder",
                    e);
        }
    }

    /** Through text, so numbers read back from the file and fresh ones compare equal (int vs long nodes). */
    private static JsonNode normalized(Object value) {
        try {
            return Json.mapper().readTree(Json.mapper().writeValueAsString(value));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write sweep terms as JSON", e);
        }
    }

    /** Declares the recipe as {@link PlayerSpec}, so it is written with its {@code type}. */
    private record Typed(PlayerSpec spec) {
    }
}
