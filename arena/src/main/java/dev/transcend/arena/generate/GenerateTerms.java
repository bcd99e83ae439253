package dev.transcend.arena.generate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.transcend.arena.player.PlayerRecipes;
import dev.transcend.arena.player.PlayerSpec;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.io.Json;
import dev.transcend.core.provenance.RecordedTerms;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a generation folder's games are played under, stored as {@code generate.json} when a run starts (the manifest
 * is written only when it finishes). Game {@code i}'s players come from the panel order, the pairing and the seed, its
 * moves from the players' recipes and the seed, its length from the move limit, and its {@code WhiteElo}/{@code
 * BlackElo} from the players' ratings; a resumed run that changed any of these would mix games of two experiments in
 * one file under one manifest. It may change the number of games and the concurrency.
 *
 * @param panel the players' names in panel order
 * @param pairing how players are paired
 * @param moveLimit full moves before a game is stopped as a draw
 * @param seed the run seed the pairings and game seeds derive from
 * @param players each player's recipe as JSON, by name (see {@link PlayerRecipes})
 */
record GenerateTerms(List<String> panel, Pairing pairing, int moveLimit, long seed, Map<String, JsonNode> players) {

    /** File name inside the generation folder. */
    static final String FILE = "generate.json";

    private static final List<String> SHARED = List.of("panel", "pairing", "moveLimit", "seed");

    /** @return the terms of a run */
    static GenerateTerms of(GenerateSettings settings, List<PlayerSpec> panel) {
        Map<String, JsonNode> recipes = new LinkedHashMap<>();
        panel.forEach(p -> recipes.put(p.name(), PlayerRecipes.of(p)));
        return new GenerateTerms(panel.stream().map(PlayerSpec::name).toList(), settings.pairing(),
                settings.moveLimit(), settings.seed(), recipes);
    }

    /**
     * Checks this run's terms against those the folder's games were played under, then records them.
     *
     * @param outDir the generation folder
     * @param hasGames whether its {@code games.pgn} holds a complete game
     * @throws ConfigException naming each change, old -> new, if the folder holds games made under other terms, or
     *                         holds games but no {@code generate.json}
     * @throws IOException if {@code generate.json} cannot be written
     */
    void claim(Path outDir, boolean hasGames) throws IOException {
        Path file = outDir.resolve(FILE);
        JsonNode now = RecordedTerms.normalized(this);
        Optional<JsonNode> recorded = RecordedTerms.read(file);
        if (recorded.isEmpty() && hasGames) {
            throw RecordedTerms.missing(file, outDir + " holds generated games");
        }
        if (recorded.isPresent() && hasGames) {
            JsonNode before = recorded.get();
            List<String> changes = new ArrayList<>();
            for (String term : SHARED) {
                RecordedTerms.compare(term, before.path(term), now.path(term), changes);
            }
            for (String name : panel) {
                JsonNode old = before.path("players").path(name);
                if (!old.isMissingNode()) { // a player new to the panel shows as a change of panel
                    RecordedTerms.compareFields("player '" + name + "' ", old, now.path("players").path(name), changes);
                }
            }
            if (!changes.isEmpty()) {
                throw RecordedTerms.changed(file, outDir, "games", changes,
                        "A generated dataset holds games of one panel under one set of rules");
            }
        }
        Json.write(file, now);
    }
}
