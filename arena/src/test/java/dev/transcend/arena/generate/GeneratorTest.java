package dev.transcend.arena.generate;

import dev.transcend.core.policy.PolicyLoader;
import dev.transcend.arena.EngineSignals;
import dev.transcend.arena.MisbehavingEngines;
import dev.transcend.arena.PgnReadBack;
import dev.transcend.arena.engine.EngineLimit;
import dev.transcend.arena.game.PgnFile;
import dev.transcend.arena.player.EngineSpec;
import dev.transcend.arena.player.PlayerSpec;
import dev.transcend.arena.player.RandomSpec;
import dev.transcend.core.chess.Position;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.game.Outcome;
import dev.transcend.core.game.Termination;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.Refusal;
import dev.transcend.core.provenance.RefusedException;
import dev.transcend.core.provenance.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(120)
class GeneratorTest {

    private static final List<PlayerSpec> PANEL = List.of(
            new RandomSpec("random", 400, false, "assumed"),
            new EngineSpec("fairy-n1", 700, false, "assumed", "fairy-stockfish", null, Map.of("Skill Level", "0"),
                    EngineLimit.nodes(1), null),
            new EngineSpec("sf-n50", 1200, false, "assumed", "stockfish", null, Map.of("Skill Level", "0"),
                    EngineLimit.nodes(50), null));
    private static final Map<String, Integer> RATINGS = Map.of("random", 400, "fairy-n1", 700, "sf-n50", 1200);

    private static GenerateSettings settings(int games) {
        return new GenerateSettings(List.of("random", "fairy-n1", "sf-n50"), games, 40, 2, 3L, Pairing.ROUND_ROBIN,
                "no-such-file.yaml");
    }

    @Test
    void generatedPgnRoundTripsThroughSan(@TempDir Path out) throws Exception {
        GenerateSummary summary = Generator.run(PANEL, settings(12), out, false, PolicyLoader.none());
        assertEquals(12, summary.games());
        List<ParsedGame> games = new PgnFile(out.resolve("games.pgn")).completeGames();
        assertEquals(12, games.size());
        Map<String, Integer> gamesByPlayer = new java.util.HashMap<>();
        for (ParsedGame game : games) {
            String white = game.tag("White").orElseThrow();
            String black = game.tag("Black").orElseThrow();
            assertNotEquals(white, black);
            assertEquals(RATINGS.get(white).toString(), game.tag("WhiteElo").orElseThrow());
            assertEquals(RATINGS.get(black).toString(), game.tag("BlackElo").orElseThrow());
            gamesByPlayer.merge(white, 1, Integer::sum);
            gamesByPlayer.merge(black, 1, Integer::sum);

            Position end = Position.afterMoves(PgnReadBack.moves(game).uci()); // every SAN move resolves and is legal
            Termination termination = Termination.valueOf(game.tag("TerminationReason").orElseThrow());
            Outcome outcome = Outcome.fromPgn(game.tag("Result").orElseThrow()).orElseThrow();
            if (termination == Termination.MOVE_LIMIT) {
                assertEquals(80, end.ply());
                assertEquals(Outcome.DRAW, outcome);
            } else {
                assertEquals(termination, end.end().orElseThrow().termination());
                assertEquals(outcome, end.end().orElseThrow().outcome());
            }
        }
        // round robin over the 6 ordered pairs: each player plays 2 * 12 / 3 games
        assertEquals(Map.of("random", 8, "fairy-n1", 8, "sf-n50", 8), gamesByPlayer);
        Manifest manifest = Manifest.readFrom(out);
        assertEquals(Stage.GENERATE, manifest.stage());
        assertEquals(0, manifest.counts().get("engineReplays").asInt());
        // the engines' log is named in the manifest; two slots opened each engine once and kept it for all games
        assertTrue(manifest.outputs().stream().anyMatch(f -> f.path().equals("engines.log")));
        List<String> log = Files.readAllLines(out.resolve("engines.log"));
        long starts = log.stream().filter(l -> l.contains(" started ")).count(); // 16 engine games
        assertTrue(starts >= 2 && starts <= 4, String.join("\n", log));
    }

    @Test
    void resumeDropsACutShortGameAndPlaysOnlyTheMissingOnes(@TempDir Path out) throws Exception {
        Generator.run(PANEL, settings(6), out, false, PolicyLoader.none());
        Path pgn = out.resolve("games.pgn");
        String complete = Files.readString(pgn);
        Files.writeString(pgn, complete.substring(0, complete.length() / 7) + "\n\n[Event \"transcend generate\"]\n"
                + "[Round \"99\"]\n\n1. e4 e5 2.", StandardOpenOption.TRUNCATE_EXISTING);
        int survivors = new PgnFile(pgn).completeGames().size();

        GenerateSummary summary = Generator.run(PANEL, settings(9), out, false, PolicyLoader.none());
        assertEquals(survivors, summary.resumed());
        assertEquals(9 - survivors, summary.played());
        List<ParsedGame> games = new PgnFile(pgn).completeGames();
        assertEquals(9, games.size());
        Set<String> rounds = new HashSet<>();
        for (ParsedGame game : games) {
            assertTrue(rounds.add(game.tag("Round").orElseThrow()));
        }
        assertEquals(Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), rounds);
        assertEquals(games.stream().map(ParsedGame::toPgn).collect(Collectors.joining()), Files.readString(pgn),
                "no partial game left in the file");
        // the counts cover the whole file, not only the games this run added
        assertEquals(9, summary.terminations().values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(18, summary.gamesByPlayer().values().stream().mapToInt(Integer::intValue).sum());
        double plies = games.stream().mapToInt(g -> Integer.parseInt(g.tag("PlyCount").orElseThrow())).sum();
        assertEquals(plies / 9, summary.meanPlies(), 1e-9);

        GenerateSummary again = Generator.run(PANEL, settings(9), out, false, PolicyLoader.none());
        assertEquals(0, again.played());
        assertEquals(summary.meanPlies(), again.meanPlies(), 1e-9);
        assertEquals(summary.scores(), again.scores());
    }

    @Test
    void resumeRefusesGamesMadeUnderOtherTerms(@TempDir Path out) throws Exception {
        Generator.run(PANEL, settings(3), out, false, PolicyLoader.none());
        String before = Files.readString(out.resolve("games.pgn"));

        GenerateSettings reseeded = new GenerateSettings(List.of("random", "fairy-n1", "sf-n50"), 3, 40, 2, 4L,
                Pairing.ROUND_ROBIN, "no-such-file.yaml");
        assertRefused(out, PANEL, reseeded, "seed 3 -> 4");
        GenerateSettings reordered = new GenerateSettings(List.of("fairy-n1", "random", "sf-n50"), 3, 40, 2, 3L,
                Pairing.ROUND_ROBIN, "no-such-file.yaml");
        assertRefused(out, PANEL, reordered, "panel [\"random\",\"fairy-n1\",\"sf-n50\"] -> "
                + "[\"fairy-n1\",\"random\",\"sf-n50\"]");
        List<PlayerSpec> rerated = List.of(new RandomSpec("random", 450, false, "assumed"), PANEL.get(1), PANEL.get(2));
        assertRefused(out, rerated, settings(3), "players.random.rating 400 -> 450");
        assertEquals(before, Files.readString(out.resolve("games.pgn")), "a refused run changed games.pgn");

        // more games and a new rating note extend the same dataset
        List<PlayerSpec> renoted = List.of(new RandomSpec("random", 400, false, "measured twice"), PANEL.get(1),
                PANEL.get(2));
        GenerateSummary more = Generator.run(renoted, settings(4), out, false, PolicyLoader.none());
        assertEquals(3, more.resumed());
        assertEquals(1, more.played());
        Manifest manifest = Manifest.readFrom(out);
        assertTrue(manifest.outputs().stream().anyMatch(f -> f.path().equals("generate.json")), manifest.toString());
        var engines = manifest.settings().get("engines");
        assertEquals(2, engines.size(), engines.toString());
        assertEquals("fairy-n1", engines.get(0).get("player").asText());
        assertTrue(engines.get(0).get("idName").asText().startsWith("Fairy-Stockfish"), engines.toString());
        assertEquals("0", engines.get(0).get("options").get("Skill Level").asText());
        assertTrue(engines.get(1).get("idName").asText().startsWith("Stockfish"), engines.toString());
    }

    @Test
    void aHandDamagedGameIsNamedBeforeAnyGameIsPlayed(@TempDir Path out) throws Exception {
        Generator.run(PANEL, settings(3), out, false, PolicyLoader.none());
        Path pgn = out.resolve("games.pgn");
        String good = Files.readString(pgn);
        int applied = 0;
        for (String[] edit : new String[][] {
                {"[TerminationReason \"", "[TerminationReason \"BOGUS"},
                {"[Result \"", "[Result \"2-0"},
                {"[PlyCount \"", "[PlyCount \"x"},
                {"[White \"", "[Whitey \""},
                {"[White \"", "[White \"x"},
                {"[WhiteElo \"", "[WhiteElo \"3"},
                {"[Result \"1-0\"]", "[Result \"0-1\"]"},
                {"[Result \"0-1\"]", "[Result \"1-0\"]"},
                {"[Result \"1/2-1/2\"]", "[Result \"1-0\"]"}}) {
            int second = good.indexOf("[Event ", 1);
            if (!good.substring(second, good.indexOf("[Event ", second + 1)).contains(edit[0])) {
                continue; // game 2 has another result
            }
            String damaged = good.substring(0, second) + good.substring(second).replaceFirst(
                    java.util.regex.Pattern.quote(edit[0]), java.util.regex.Matcher.quoteReplacement(edit[1]));
            Files.writeString(pgn, damaged);
            java.io.IOException e = assertThrows(java.io.IOException.class,
                    () -> Generator.run(PANEL, settings(5), out, false, PolicyLoader.none()));
            assertTrue(e.getMessage().startsWith(pgn + " game 2: "), e.getMessage());
            assertTrue(e.getMessage().contains("remove that game"), e.getMessage());
            assertEquals(damaged, Files.readString(pgn), "games were played or the file rewritten: " + edit[1]);
            applied++;
        }
        assertEquals(7, applied, "six tag edits and the one result edit that fits game 2");
        Files.writeString(pgn, good);
    }

    @Test
    void anUnreadableOrUnfinishedGameBeforeFinishedOnesIsNamedNotDropped(@TempDir Path out) throws Exception {
        Generator.run(PANEL, settings(3), out, false, PolicyLoader.none());
        Path pgn = out.resolve("games.pgn");
        String good = Files.readString(pgn);
        int second = good.indexOf("[Event ", 1);
        int third = good.indexOf("[Event ", second + 1);
        String game2 = good.substring(second, third);
        int secondLine = (int) good.substring(0, second).lines().count() + 1;
        String noTag = good.substring(0, second) + game2.replace("[Black \"", "[Black ") + good.substring(third);
        String noResult = good.substring(0, second) + game2.stripTrailing().replaceAll("\\s\\S+$", "") /* the result, also when wrapped onto its own line */ + "\n\n"
                + good.substring(third);
        for (String[] damage : new String[][] {
                {noTag, "line " + (secondLine + 5) + " is not a game (BAD_TAG: "},
                {noResult, "the game at line " + secondLine + " has no result at the end of its movetext, yet "
                        + "finished games follow it"}}) {
            Files.writeString(pgn, damage[0]);
            java.io.IOException e = assertThrows(java.io.IOException.class,
                    () -> Generator.run(PANEL, settings(5), out, false, PolicyLoader.none()));
            assertTrue(e.getMessage().startsWith(pgn + " game 2: " + damage[1]), e.getMessage());
            assertTrue(e.getMessage().contains("remove that game"), e.getMessage());
            assertEquals(damage[0], Files.readString(pgn), "games were played or the file rewritten");
        }
    }

    @Test
    void moreGamesThanScheduledOrLostTermsAreRefused(@TempDir Path out) throws Exception {
        Generator.run(PANEL, settings(4), out, false, PolicyLoader.none());
        ConfigException fewer = assertThrows(ConfigException.class, () -> Generator.run(PANEL, settings(3), out, false, PolicyLoader.none()));
        assertEquals(out.resolve("games.pgn") + " holds game 4 (Round), more than games: 3; set games to at least 4 "
                + "to keep them, or use another --out folder", fewer.getMessage());

        Files.delete(out.resolve("generate.json"));
        ConfigException lost = assertThrows(ConfigException.class, () -> Generator.run(PANEL, settings(5), out, false, PolicyLoader.none()));
        assertTrue(lost.getMessage().startsWith(out.resolve("generate.json") + " is missing, but " + out
                + " holds generated games"), lost.getMessage());
        assertEquals(4, new PgnFile(out.resolve("games.pgn")).completeGames().size());
    }

    private static void assertRefused(Path out, List<PlayerSpec> panel, GenerateSettings settings, String change) {
        ConfigException e = assertThrows(ConfigException.class, () -> Generator.run(panel, settings, out, false, PolicyLoader.none()));
        assertTrue(e.getMessage().startsWith("cannot resume " + out + ": " + out.resolve("generate.json")
                + " records other settings: "), e.getMessage());
        assertTrue(e.getMessage().contains(change), e.getMessage());
        assertEquals(Stage.GENERATE, ((Refusal.TermsChanged) ((RefusedException) e).refusal()).stage());
    }

    @Test
    void aStoppedEngineWritesNoGame(@TempDir Path out) throws Exception {
        List<PlayerSpec> panel = List.of(new RandomSpec("random", 400, false, "assumed"),
                EngineSignals.searching("fairy", "fairy-stockfish", false));
        GenerateSettings one = new GenerateSettings(List.of("random", "fairy"), 1, 40, 1, 3L, Pairing.ROUND_ROBIN,
                "no-such-file.yaml");
        try (EngineSignals.Killer killer = EngineSignals.killWhenSearching("fairy-stockfish", "TERM")) {
            InterruptedException stop = assertThrows(InterruptedException.class,
                    () -> Generator.run(panel, one, out, false, PolicyLoader.none()));
            assertTrue(stop.getMessage().contains("stopped by SIGTERM (exit code 143)"),
                    stop.getMessage() + "; " + killer.outcome());
        }
        assertEquals(List.of(), new PgnFile(out.resolve("games.pgn")).completeGames(), "the stopped game was written");
        assertTrue(Files.notExists(out.resolve("manifest.json")));
    }

    @Test
    void countsGamesDecidedByAnEnginesFault(@TempDir Path dir) throws Exception {
        List<PlayerSpec> panel = List.of(new RandomSpec("random", 400, false, "assumed"),
                MisbehavingEngines.spec("broken", MisbehavingEngines.playsIllegalMove(dir)));
        GenerateSummary summary = Generator.run(panel, new GenerateSettings(List.of("random", "broken"), 2, 40, 1, 3L,
                Pairing.ROUND_ROBIN, "no-such-file.yaml"), dir.resolve("gen"), false, PolicyLoader.none());
        assertEquals(2, summary.engineFaults());
        assertEquals(Map.of(Termination.ILLEGAL_MOVE, 2), summary.terminations());
    }

    @Test
    void refusesAFolderHoldingSomeoneElsesGames(@TempDir Path out) throws Exception {
        String lichess = "[Event \"Rated Blitz game\"]\n[Round \"-\"]\n[Result \"1-0\"]\n\n1. e4 e5 2. Qh5 Nc6 "
                + "3. Bc4 Nf6 4. Qxf7# 1-0\n\n";
        Files.writeString(out.resolve("games.pgn"), lichess);
        ConfigException e = assertThrows(ConfigException.class, () -> Generator.run(PANEL, settings(2), out, false, PolicyLoader.none()));
        assertEquals(out.resolve("games.pgn") + " holds games not generated by transcend (game 1 has Event 'Rated "
                + "Blitz game', not 'transcend generate'); use another --out folder", e.getMessage());
        assertEquals(lichess, Files.readString(out.resolve("games.pgn")));

        Files.writeString(out.resolve("notes.txt"), "mine");
        ConfigException other = assertThrows(ConfigException.class, () -> Generator.run(PANEL, settings(2), out,
                false, PolicyLoader.none()));
        assertTrue(other.getMessage().startsWith(out + " is not empty and is not a 'generate' folder: it holds "
                + "notes.txt"), other.getMessage());
    }

    @Test
    void pairingsCoverEveryOrderedPair() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            int[] p = Pairing.ROUND_ROBIN.pair(i, 4, 0);
            assertNotEquals(p[0], p[1]);
            seen.add(p[0] + "-" + p[1]);
        }
        assertEquals(12, seen.size());
        for (int i = 0; i < 100; i++) {
            int[] p = Pairing.RANDOM.pair(i, 3, 9);
            assertNotEquals(p[0], p[1]);
            assertTrue(p[0] < 3 && p[1] < 3);
        }
    }
}
