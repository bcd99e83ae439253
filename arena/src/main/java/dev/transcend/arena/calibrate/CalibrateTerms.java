package dev.transcend.arena.calibrate;

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
 * What a calibration folder's games are played under, stored as {@code calibrate.json} when a run starts: game
 * {@code Round i}'s pair, colours, opening and seed follow from the players' order, games per pair, opening plies and
 * seed, and its moves from the recipes and move limit; a resumed run that changed any of these would fit one ladder on
 * games of two setups. The anchor is not a term: the ladder is refitted on every run.
 *
 * @param players      the players' names in order
 * @param gamesPerPair games per pair
 * @param openingPlies plies of the random openings (0: the standard start)
 * @param moveLimit    full moves before a game is a draw
 * @param seed         the run seed
 * @param recipes      each player's recipe ({@link PlayerRecipes}), by name
 */
record CalibrateTerms(List<String> players, int gamesPerPair, int openingPlies, int moveLimit, long seed,
                      Map<String, JsonNode> recipes) {

    /** File name inside the calibration folder. */
    static final String FILE = "calibrate.json";

    static CalibrateTerms of(CalibrateSettings settings, List<PlayerSpec> players) {
        Map<String, JsonNode> recipes = new LinkedHashMap<>();
        players.forEach(p -> recipes.put(p.name(), PlayerRecipes.of(p)));
        return new CalibrateTerms(settings.players(), settings.gamesPerPair(), settings.openingPlies(),
                settings.moveLimit(), settings.seed(), recipes);
    }

    /**
     * @param outDir   the calibration folder
     * @param hasGames whether its {@code games.pgn} holds a finished game
     * @throws dev.transcend.core.provenance.RefusedException if the folder's games were played under other terms
     * @throws IOException if {@code calibrate.json} cannot be written
     */
    void claim(Path outDir, boolean hasGames) throws IOException {
        Path file = outDir.resolve(FILE);
        if (hasGames) {
            Terms.require(Stage.CALIBRATE, file, Terms.recorded(file, CalibrateTerms.class, outDir
                    + " holds calibration games"), this);
        }
        Terms.write(file, this);
    }
}
