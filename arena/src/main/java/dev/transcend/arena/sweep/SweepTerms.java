package dev.transcend.arena.sweep;

import dev.transcend.core.games.GameRow;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.transcend.arena.player.PlayerRecipes;
import dev.transcend.arena.player.PlayerSpec;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.io.Json;
import dev.transcend.core.provenance.RecordedTerms;
import dev.transcend.core.policy.SamplingProtocol;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
            recipes.put(o.name(), PlayerRecipes.of(o));
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
     *                         or an opponent's recipe changed while the folder holds games against it, or the
     *                         folder holds games but no {@code sweep.json}
     * @throws IOException if {@code sweep.json} cannot be written
     */
    void claim(Path outDir, List<GameRow> rows) throws IOException {
        Path file = outDir.resolve(FILE);
        ObjectNode now = (ObjectNode) RecordedTerms.normalized(this);
        Optional<JsonNode> recorded = RecordedTerms.read(file);
        if (recorded.isEmpty() && !rows.isEmpty()) {
            throw RecordedTerms.missing(file, outDir.resolve(Sweep.GAMES_CSV) + " holds " + rows.size() + " games");
        }
        if (recorded.isPresent()) {
            JsonNode before = recorded.get();
            List<String> changes = new ArrayList<>();
            if (!rows.isEmpty()) {
                for (String term : SHARED) {
                    RecordedTerms.compare(term, before.path(term), now.path(term), changes);
                }
            }
            Set<String> played = new LinkedHashSet<>();
            rows.forEach(r -> played.add(r.opponent()));
            ObjectNode recipes = (ObjectNode) now.get("opponents");
            for (String name : played) {
                JsonNode old = before.path("opponents").path(name);
                JsonNode recipe = recipes.path(name);
                if (old.isMissingNode()) {
                    changes.add("opponent '" + name + "' has games but no recipe in " + FILE);
                } else if (recipe.isMissingNode()) {
                    recipes.set(name, old);
                } else {
                    RecordedTerms.compareFields("opponent '" + name + "' ", old, recipe, changes);
                }
            }
            if (!changes.isEmpty()) {
                throw RecordedTerms.changed(file, outDir, "games", changes,
                        "Games played under different settings cannot be rated together");
            }
        }
        Json.write(file, now);
    }
}

