package dev.transcend.arena.player;

import dev.transcend.core.policy.Sampling;
import dev.transcend.arena.engine.EngineLimit;
import dev.transcend.arena.engine.EngineTimeouts;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.policy.SamplingProtocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlayerSpecTest {

    @Test
    void readsAllThreeKindsWithEngineAsDefault(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("players.yaml"), String.join("\n",
                "players:",
                "  - name: sf",
                "    command: stockfish",
                "    options: {Skill Level: 3, Hash: 16}",
                "    limit: {nodes: 200}",
                "    rating: 1100",
                "    ratingNote: assumed",
                "    timeouts: {moveMs: 2000, stopMs: 500}",
                "  - type: model",
                "    name: m",
                "    checkpoint: runs/quickstart/checkpoint",
                "    temperature: 0.5",
                "    protocol: legal_moves",
                "  - type: random",
                "    name: rnd",
                "    rating: 400",
                ""));
        PlayerRoster roster = PlayerRoster.read(file);
        EngineSpec sf = assertInstanceOf(EngineSpec.class, roster.get("sf"));
        assertEquals(Map.of("Skill Level", "3", "Hash", "16"), sf.options());
        assertEquals(List.of("Skill Level", "Hash"), List.copyOf(sf.options().keySet()));
        assertEquals(EngineLimit.nodes(200), sf.limit());
        assertEquals(1100, sf.rating());
        assertFalse(sf.calibrated());
        assertEquals(new EngineTimeouts(10_000L, 10_000L, 2000L, 1000L, 500L), sf.timeouts()); // others default
        ModelSpec m = assertInstanceOf(ModelSpec.class, roster.get("m"));
        assertEquals(new Sampling(0.5, SamplingProtocol.LEGAL_MOVES, 5), m.sampling());
        assertEquals(null, m.rating());
        assertInstanceOf(RandomSpec.class, roster.get("rnd"));
    }

    @Test
    void errorsNameFileKeyAndAllowedValues(@TempDir Path dir) throws Exception {
        Path unknownType = Files.writeString(dir.resolve("a.yaml"), "players:\n  - type: human\n    name: x\n");
        ConfigException e1 = assertThrows(ConfigException.class, () -> PlayerRoster.read(unknownType));
        assertTrue(e1.getMessage().contains("human") && e1.getMessage().contains("engine"), e1.getMessage());

        Path noLimit = Files.writeString(dir.resolve("b.yaml"), "players:\n  - name: sf\n    command: stockfish\n");
        ConfigException e2 = assertThrows(ConfigException.class, () -> PlayerRoster.read(noLimit));
        assertTrue(e2.getMessage().startsWith(noLimit + " line "), e2.getMessage());
        assertTrue(e2.getMessage().contains("player 'sf': missing key 'limit'"), e2.getMessage());

        Path twoLimits = Files.writeString(dir.resolve("c.yaml"),
                "players:\n  - name: sf\n    command: stockfish\n    limit: {nodes: 1, depth: 2}\n");
        ConfigException e3 = assertThrows(ConfigException.class, () -> PlayerRoster.read(twoLimits));
        assertTrue(e3.getMessage().contains("set exactly one of movetimeMs, nodes or depth"), e3.getMessage());

        Path typo = Files.writeString(dir.resolve("d.yaml"),
                "players:\n  - name: sf\n    command: stockfish\n    limit: {nodes: 1}\n    ratng: 5\n");
        ConfigException e4 = assertThrows(ConfigException.class, () -> PlayerRoster.read(typo));
        assertTrue(e4.getMessage().contains("unknown key 'ratng'"), e4.getMessage());

        Path twice = Files.writeString(dir.resolve("e.yaml"),
                "players:\n  - {type: random, name: r}\n  - {type: random, name: r}\n");
        ConfigException e5 = assertThrows(ConfigException.class, () -> PlayerRoster.read(twice));
        assertTrue(e5.getMessage().contains("'r' is used twice"), e5.getMessage());
    }

    @Test
    void projectOpponentsFileOpensWithTheInstalledEngines() throws Exception {
        // every option value in configs/opponents.yaml must be inside the range the real engine advertises
        PlayerRoster roster = PlayerRoster.read(Path.of("../configs/opponents.yaml"));
        assertTrue(roster.players().size() >= 10);
        for (PlayerSpec spec : roster.players()) {
            // every player is rated with a note saying where the rating comes from, but the adjudicator, never rated
            assertTrue(spec.rating() != null && !spec.ratingNote().isEmpty() || spec.name().equals("sf-eval-n200k"),
                    spec.name());
            assertFalse(spec.calibrated(), spec.name() + ": nothing is calibrated on this hardware");
            try (Player player = spec.open(90)) {
                assertEquals(spec.name(), player.name());
            }
        }
        assertEquals(1554, roster.get("stockfish-skill-1").rating());
        assertEquals(EngineLimit.movetime(100), ((EngineSpec) roster.get("stockfish-skill-5")).limit());
    }

    @Test
    void outOfRangeOptionFailsWhenThePlayerOpens() {
        EngineSpec spec = new EngineSpec("too-weak", 1000, false, "", "stockfish", null,
                Map.of("UCI_Elo", "1000"), EngineLimit.nodes(1), null);
        ConfigException e = assertThrows(ConfigException.class, () -> spec.open(90));
        assertEquals("player 'too-weak': Stockfish 15.1 option 'UCI_Elo' value 1000 is out of range; "
                + "allowed 1350..2850 (the engine would ignore it silently)", e.getMessage());
    }
}
