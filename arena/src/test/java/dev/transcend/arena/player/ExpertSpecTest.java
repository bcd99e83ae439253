package dev.transcend.arena.player;

import dev.transcend.arena.generate.GenerateSettings;
import dev.transcend.arena.generate.GenerateSummary;
import dev.transcend.arena.generate.Generator;
import dev.transcend.arena.game.PgnFile;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.core.policy.PolicyLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpertSpecTest {

    private static final String BASE = "players:\n  - {name: sf, command: stockfish, limit: {depth: 1}, rating: 1500}\n";

    private static String refusal(Path dir, String experts) throws Exception {
        Path file = Files.writeString(dir.resolve("roster.yaml"), BASE + experts);
        return assertThrows(ConfigException.class, () -> PlayerRoster.read(file)).getMessage();
    }

    @Test
    void badErrorModelsAndBasesAreRefusedNamingThePlayer(@TempDir Path dir) throws Exception {
        String m = refusal(dir, "  - {type: expert, name: e, base: sf, errors: {kind: sometimes, rate: 0.5}}\n");
        assertTrue(m.contains("player 'e': errors: kind 'sometimes' is not allowed; allowed values: random, systematic"), m);
        m = refusal(dir, "  - {type: expert, name: e, base: sf, errors: {kind: random, rate: 1.5}}\n");
        assertTrue(m.contains("player 'e': errors: rate 1.5 is not allowed; use 0..1"), m);
        m = refusal(dir, "  - {type: expert, name: e, base: sf, errors: {kind: random}}\n");
        assertTrue(m.contains("player 'e': errors: missing key 'rate'"), m);
        m = refusal(dir, "  - {type: expert, name: e, base: sf, errors: {kind: systematic}}\n");
        assertTrue(m.contains("player 'e': errors: missing key 'blindSpot'; known classes: knight-capture"), m);
        m = refusal(dir, "  - {type: expert, name: e, base: sf, errors: {kind: systematic, blindSpot: forks}}\n");
        assertTrue(m.contains("blindSpot 'forks' is not a known position class; known classes: knight-capture,"), m);
        m = refusal(dir, "  - {type: expert, name: e, base: sf, errors: {kind: systematic, blindSpot: in-check, rate: 0.2}}\n");
        assertTrue(m.contains("player 'e': errors: 'rate' is for kind random"), m);
        m = refusal(dir, "  - {type: expert, name: e, base: sf}\n");
        assertTrue(m.contains("player 'e': missing key 'errors'"), m);
        m = refusal(dir, "  - {type: expert, name: e, errors: {kind: random, rate: 0.5}}\n");
        assertTrue(m.contains("player 'e': missing key 'base'"), m);
        m = refusal(dir, "  - {type: expert, name: e, base: stockfish, errors: {kind: random, rate: 0.5}}\n");
        assertTrue(m.contains("player 'e': base 'stockfish' is not a player of this roster; players: sf, e"), m);
        m = refusal(dir, "  - {type: expert, name: e, base: f, errors: {kind: random, rate: 0.5}}\n"
                + "  - {type: expert, name: f, base: e, errors: {kind: random, rate: 0.5}}\n");
        assertTrue(m.contains("player 'e': base 'f' is itself an expert"), m);
        m = refusal(dir, "  - {type: expert, name: e, base: e, errors: {kind: random, rate: 0.5}}\n");
        assertTrue(m.contains("player 'e': base 'e' is itself an expert"), m);
    }

    @Test
    void anExpertsRecipeHoldsItsBasesEngineAndLimitButNotItsRating(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("roster.yaml"), BASE
                + "  - {type: expert, name: e, base: sf, errors: {kind: random, rate: 0.5}, rating: 900}\n");
        var recipe = PlayerRecipes.of(PlayerRoster.read(file).get("e"));
        assertEquals("expert", recipe.get("type").asText());
        assertEquals(1, recipe.get("baseRecipe").get("limit").get("depth").asInt());
        assertEquals("stockfish", recipe.get("baseRecipe").get("command").asText());
        assertTrue(recipe.get("baseRecipe").get("rating") == null, recipe.toString());
        assertTrue(recipe.get("resolvedBase") == null, recipe.toString());
    }

    @Test
    void anUnresolvedExpertCannotBeOpened() {
        ExpertSpec alone = new ExpertSpec("e", 900, false, null, "sf", new ErrorModel("random", 0.5, null));
        ConfigException e = assertThrows(ConfigException.class, () -> alone.open(40));
        assertTrue(e.getMessage().contains("base 'sf' is not resolved"), e.getMessage());
    }

    @Test
    void everyShippedPanelReadsAndItsExpertsResolve() throws Exception {
        Path panels = Path.of("..", "configs", "panels");
        List<Path> files;
        try (var list = Files.list(panels)) {
            files = list.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 6, files.toString());
        for (Path file : files) {
            PlayerRoster roster = PlayerRoster.read(file);
            roster.get("random");
            long experts = roster.players().stream().filter(p -> p instanceof ExpertSpec e
                    && e.resolvedBase() instanceof EngineSpec).count();
            assertTrue(experts >= 1, file.toString());
        }
    }

    @Test
    void aPanelOfOneExpertPlaysItself(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("roster.yaml"), BASE
                + "  - {type: expert, name: e, base: sf, errors: {kind: random, rate: 0.5}, rating: 900}\n");
        PlayerRoster roster = PlayerRoster.read(file);
        GenerateSummary summary = Generator.run(roster.players(), new GenerateSettings(List.of("e"), 3, 30, 1, 5L,
                null, file.toString()), dir.resolve("gen"), false, PolicyLoader.none());
        assertEquals(3, summary.games());
        List<ParsedGame> games = new PgnFile(dir.resolve("gen").resolve("games.pgn")).completeGames();
        assertEquals(3, games.size());
        for (ParsedGame game : games) {
            assertEquals("e", game.tag("White").orElseThrow());
            assertEquals("e", game.tag("Black").orElseThrow());
            assertEquals("900", game.tag("BlackElo").orElseThrow());
        }
        assertInstanceOf(ExpertSpec.class, roster.get("e"));
    }
}
