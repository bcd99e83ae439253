package dev.transcend.arena.generate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.transcend.arena.player.PlayerRecipes;
import dev.transcend.arena.player.PlayerSpec;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.provenance.Terms;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * @param players each player's recipe ({@link PlayerRecipes}), by name; with a ladder, its ratings
 * @param openingPlies plies of the random openings, or null for the standard start (absent in older folders)
 */
record GenerateTerms(List<String> panel, Pairing pairing, int moveLimit, long seed, Map<String, JsonNode> players,
                     Integer openingPlies) {

    /** File name inside the generation folder. */
    static final String FILE = "generate.json";

    /** @return the terms of a run */
    static GenerateTerms of(GenerateSettings settings, List<PlayerSpec> panel) {
        Map<String, JsonNode> recipes = new LinkedHashMap<>();
        panel.forEach(p -> recipes.put(p.name(), PlayerRecipes.of(p)));
        return new GenerateTerms(panel.stream().map(PlayerSpec::name).toList(), settings.pairing(),
                settings.moveLimit(), settings.seed(), recipes,
                settings.openingPlies() == 0 ? null : settings.openingPlies());
    }

    /**
     * Checks this run's terms against those the folder's games were played under, then records them.
     *
     * @param outDir the generation folder
     * @param hasGames whether its {@code games.pgn} holds a complete game
     * @throws dev.transcend.core.provenance.RefusedException if the folder holds games but no {@code generate.json},
     *                                                         or games made under other terms
     * @throws IOException if {@code generate.json} cannot be written
     */
    void claim(Path outDir, boolean hasGames) throws IOException {
        Path file = outDir.resolve(FILE);
        if (hasGames) {
            Terms.require(Stage.GENERATE, file, Terms.recorded(file, GenerateTerms.class, outDir
                    + " holds generated games"), this);
        }
        Terms.write(file, this);
    }
}
