package dev.transcend.arena.sweep;

import dev.transcend.core.games.GameKey;
import dev.transcend.arena.generate.GenerateSettings;
import dev.transcend.arena.generate.Pairing;
import dev.transcend.arena.player.ContextOverflow;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.config.ConfigFiles;
import dev.transcend.core.policy.SamplingProtocol;
import dev.transcend.core.ratings.Sprt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaySettingsTest {

    @Test
    void missingKeysTakeThePapersValues(@TempDir Path dir) throws Exception {
        PlaySettings s = PlaySettings.read(Files.writeString(dir.resolve("play.yaml"), "gamesPerOpponent: 10\n"));
        assertEquals(List.of(0.001, 0.01, 0.1, 0.3, 0.5, 0.75, 1.0, 1.5), s.temperatures());
        assertEquals(List.of("stockfish-skill-1", "stockfish-skill-3", "stockfish-skill-5"), s.opponents());
        assertEquals(10, s.gamesPerOpponent());
        assertEquals(SamplingProtocol.FULL_VOCABULARY, s.protocol());
        assertEquals(5, s.maxTries());
        assertEquals(90, s.moveLimit());
        assertEquals(1, s.concurrency());
        assertEquals(8 * 3 * 10, s.totalGames());
        assertEquals("0.001", GameKey.formatTemperature(0.001));
        assertEquals("1.0", GameKey.formatTemperature(1));
        assertEquals("0.0001", GameKey.formatTemperature(1e-4));
    }

    @Test
    void badValuesNameTheKeyAndTheAllowedRange(@TempDir Path dir) throws Exception {
        ConfigException limit = assertThrows(ConfigException.class,
                () -> PlaySettings.read(Files.writeString(dir.resolve("a.yaml"), "moveLimit: 0\n")));
        assertTrue(limit.getMessage().contains("moveLimit: 0 is not allowed; use 1..10000"), limit.getMessage());
        ConfigException tau = assertThrows(ConfigException.class,
                () -> PlaySettings.read(Files.writeString(dir.resolve("b.yaml"), "temperatures: [0.1, -1]\n")));
        assertTrue(tau.getMessage().contains("temperature: -1.0 is not allowed"), tau.getMessage());
        ConfigException protocol = assertThrows(ConfigException.class,
                () -> PlaySettings.read(Files.writeString(dir.resolve("c.yaml"), "protocol: greedy\n")));
        assertTrue(protocol.getMessage().contains("LEGAL_MOVES, FULL_VOCABULARY"), protocol.getMessage());
    }

    @Test
    void contextOverflowDefaultsToRefuseAndAnUnknownValueListsTheAllowedOnes(@TempDir Path dir) throws Exception {
        assertEquals(ContextOverflow.REFUSE, PlaySettings.defaults().contextOverflow());
        assertEquals(ContextOverflow.REFUSE, PlaySettings.read(Files.writeString(dir.resolve("none.yaml"),
                "seed: 1\n")).contextOverflow());
        PlaySettings end = PlaySettings.read(Files.writeString(dir.resolve("end.yaml"), "contextOverflow: end\n"));
        assertEquals(ContextOverflow.END, end.contextOverflow());
        assertEquals(ContextOverflow.SLIDE, PlaySettings.read(Files.writeString(dir.resolve("slide.yaml"),
                "contextOverflow: SLIDE\n")).contextOverflow());
        assertTrue(ConfigFiles.toYaml(end).contains("contextOverflow: end\n"), ConfigFiles.toYaml(end));
        Path crop = Files.writeString(dir.resolve("crop.yaml"), "seed: 1\ncontextOverflow: crop\n");
        ConfigException bad = assertThrows(ConfigException.class, () -> PlaySettings.read(crop));
        assertEquals(crop + " line 2 at 'contextOverflow': contextOverflow: 'crop' is not allowed; allowed values:"
                + " refuse, end, slide", bad.getMessage());
        assertEquals(ContextOverflow.SLIDE, ContextOverflow.parse(" Slide "));
        assertEquals("contextOverflow: 'none' is not allowed; allowed values: refuse, end, slide",
                assertThrows(ConfigException.class, () -> ContextOverflow.parse("none")).getMessage());
    }

    @Test
    void sprtIsOptionalAndTakesACapABestOpponentOrANumber(@TempDir Path dir) throws Exception {
        assertEquals(null, PlaySettings.read(Files.writeString(dir.resolve("none.yaml"), "seed: 1\n")).sprt());
        Sprt cap = PlaySettings.read(Files.writeString(dir.resolve("cap.yaml"), "sprt: {above: cap}\n")).sprt();
        assertEquals(new Sprt("cap", -50.0, 50.0, 0.05, 0.05), cap);
        Sprt number = PlaySettings.read(Files.writeString(dir.resolve("n.yaml"),
                "sprt: {above: 1554, elo0: -25, elo1: 75, alpha: 0.1, beta: 0.2}\n")).sprt();
        assertEquals(new Sprt("1554", -25.0, 75.0, 0.1, 0.2), number);
        ConfigException bad = assertThrows(ConfigException.class, () -> PlaySettings.read(
                Files.writeString(dir.resolve("bad.yaml"), "sprt: {above: strong}\n")));
        assertTrue(bad.getMessage().contains("sprt.above: 'strong' is not allowed"), bad.getMessage());
        ConfigException unknown = assertThrows(ConfigException.class, () -> PlaySettings.read(
                Files.writeString(dir.resolve("unknown.yaml"), "sprt: {abov: cap}\n")));
        assertTrue(unknown.getMessage().contains("abov"), unknown.getMessage());
    }

    @Test
    void generateSettingsDefaultToTheMeasuredPanel(@TempDir Path dir) throws Exception {
        GenerateSettings s = GenerateSettings.read(Files.writeString(dir.resolve("g.yaml"), "games: 50\npairing: random\n"));
        assertEquals(GenerateSettings.DEFAULT_PANEL, s.players());
        assertEquals(50, s.games());
        assertEquals(Pairing.RANDOM, s.pairing());
        assertEquals(2, s.concurrency());
        assertEquals(List.of("random"), GenerateSettings.read(Files.writeString(dir.resolve("one.yaml"),
                "players: [random]\n")).players()); // a panel of one plays itself
        ConfigException twice = assertThrows(ConfigException.class,
                () -> GenerateSettings.read(Files.writeString(dir.resolve("h.yaml"), "players: [random, random]\n")));
        assertTrue(twice.getMessage().contains("at least 1 player name, each once"), twice.getMessage());
        ConfigException none = assertThrows(ConfigException.class,
                () -> GenerateSettings.read(Files.writeString(dir.resolve("i.yaml"), "players: []\n")));
        assertTrue(none.getMessage().contains("at least 1 player name, each once"), none.getMessage());
    }
}
