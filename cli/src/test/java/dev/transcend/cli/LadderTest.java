package dev.transcend.cli;

import dev.transcend.arena.player.PlayerRoster;
import dev.transcend.arena.player.RandomSpec;
import dev.transcend.arena.sweep.PlaySettings;
import dev.transcend.arena.sweep.Sweep;
import dev.transcend.core.games.GameRow;
import dev.transcend.core.games.GamesCsv;
import dev.transcend.core.ladder.Ladder;
import dev.transcend.core.ladder.LadderCsv;
import dev.transcend.core.ladder.LadderRow;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.core.policy.PolicyLoader;
import dev.transcend.core.policy.SamplingProtocol;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.ratings.RatingRow;
import dev.transcend.core.ratings.RatingsCsv;
import dev.transcend.rating.RateStage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** calibrate end to end with real engines, and its ladder read by generate and play; openings; distinct games. */
class LadderTest {

    @TempDir
    Path dir;

    private static final String PLAYERS = """
            players:
              - {name: random, type: random, rating: 100}
              - {name: fairy-n1, command: fairy-stockfish, options: {Skill Level: "-5"}, limit: {nodes: 1}, rating: 500}
              - {name: sf-n50, command: stockfish, options: {Skill Level: "0"}, limit: {nodes: 50}, rating: 1200}
            """;

    private int run(String... args) {
        CommandLine cli = Transcend.commandLine();
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }

    private Path calibrate() throws Exception {
        Path players = dir.resolve("players.yaml");
        Files.writeString(players, PLAYERS);
        Path config = dir.resolve("calibrate.yaml");
        Files.writeString(config, "playersFile: " + players + "\nplayers: [random, fairy-n1, sf-n50]\n"
                + "gamesPerPair: 4\nopeningPlies: 2\nmoveLimit: 40\nanchor: {player: random, rating: 1000}\n");
        // anchored above 0: in 4 games a pair, fairy-n1 can score below the random mover, and generate refuses
        // a ladder rating below 0 (a PGN Elo tag is a positive number)
        Path out = dir.resolve("calibrate");
        assertEquals(0, run("calibrate", "--no-progress", "--config", config.toString(), "--out", out.toString()));
        return out;
    }

    @Test
    void calibrateWritesAnAnchoredLadderStrongestFirstAndResumesWithoutReplaying() throws Exception {
        Path out = calibrate();
        Ladder ladder = LadderCsv.read(out.resolve("ladder.csv"));
        assertEquals(3, ladder.rows().size());
        LadderRow anchor = ladder.anchor().orElseThrow();
        assertEquals("random", anchor.player());
        assertEquals(1000, anchor.rating());
        for (int i = 1; i < ladder.rows().size(); i++) {
            assertTrue(ladder.rows().get(i - 1).rating() >= ladder.rows().get(i).rating());
        }
        ladder.rows().forEach(r -> assertEquals(8, r.games(), r.player()));
        assertEquals("sf-n50", ladder.rows().get(0).player(), ladder.toString());
        // games are appended as they finish (two slots), so put them back in schedule order (the Round tag)
        List<ParsedGame> games = new dev.transcend.arena.game.PgnFile(out.resolve("games.pgn")).completeGames()
                .stream().sorted(java.util.Comparator.comparingInt(g -> Integer.parseInt(g.tag("Round").orElseThrow())))
                .toList();
        assertEquals(12, games.size());
        games.forEach(g -> assertEquals("2", g.tag("OpeningPlies").orElseThrow()));
        // games 2k and 2k+1 of a pair share an opening, with the colours swapped
        assertEquals(games.get(0).tag("White"), games.get(1).tag("Black"));
        assertEquals(firstMoves(games.get(0)), firstMoves(games.get(1)));
        assertNotEquals(firstMoves(games.get(0)), firstMoves(games.get(2)));
        assertTrue(Files.isRegularFile(out.resolve(Manifest.FILE_NAME)));
        String pgnBefore = Files.readString(out.resolve("games.pgn"));
        assertEquals(0, run("calibrate", "--no-progress", "--config", dir.resolve("calibrate.yaml").toString(),
                "--out", out.toString()));
        assertEquals(pgnBefore, Files.readString(out.resolve("games.pgn")), "a finished run plays nothing more");
    }

    @Test
    void generateAndPlayTakeTheLaddersRatingsAndRateCountsDistinctGames() throws Exception {
        Path out = calibrate();
        Path ladderFile = out.resolve("ladder.csv");
        Ladder ladder = LadderCsv.read(ladderFile);
        Path gen = dir.resolve("gen");
        assertEquals(0, run("generate", "--no-progress", "--out", gen.toString(), "--games", "4",
                "--players", "random,fairy-n1", "--players-file", dir.resolve("players.yaml").toString(),
                "--ladder", ladderFile.toString()));
        for (ParsedGame g : new dev.transcend.arena.game.PgnFile(gen.resolve("games.pgn")).completeGames()) {
            for (String color : List.of("White", "Black")) {
                LadderRow row = ladder.find(g.tag(color).orElseThrow()).orElseThrow();
                assertEquals(Integer.toString(row.pgnRating()), g.tag(color + "Elo").orElseThrow());
            }
        }

        Path play = dir.resolve("play");
        PlaySettings settings = new PlaySettings(List.of(0.001), List.of("fairy-n1"), 4, SamplingProtocol.LEGAL_MOVES,
                null, 30, 1, 0L, dir.resolve("players.yaml").toString(), null, 3, ladderFile.toString());
        Sweep.run(new RandomSpec("uniform", null, false, ""), PlayerRoster.read(dir.resolve("players.yaml")).players(),
                settings, play, false, PolicyLoader.none());
        List<GameRow> rows = GamesCsv.read(play.resolve("games.csv"));
        assertEquals(4, rows.size());
        LadderRow fairy = ladder.find("fairy-n1").orElseThrow();
        rows.forEach(r -> {
            assertEquals(fairy.pgnRating(), r.opponentRating());
            assertTrue(r.opponentCalibrated());
        });
        Set<String> openings = new HashSet<>();
        List<ParsedGame> games = new dev.transcend.arena.game.PgnFile(play.resolve("games.pgn")).completeGames();
        games.forEach(g -> {
            assertEquals("3", g.tag("OpeningPlies").orElseThrow());
            openings.add(firstMoves(g));
        });
        assertEquals(2, openings.size(), "4 games = 2 openings, each with both colours");

        Path ratings = dir.resolve("ratings");
        RateStage.run(List.of(play.resolve("games.csv")), ratings);
        RatingRow row = RatingsCsv.read(ratings.resolve("ratings.csv")).get(0);
        assertTrue(row.distinctGames().isPresent());
        assertTrue(row.distinctGames().getAsInt() >= 2 && row.distinctGames().getAsInt() <= 4, row.toString());
    }

    /** @return the movetext's first two moves (the opening's plies and more) */
    private static String firstMoves(ParsedGame game) {
        String[] tokens = game.movetext().strip().split("\\s+");
        return String.join(" ", List.of(tokens).subList(0, 3));
    }
}
