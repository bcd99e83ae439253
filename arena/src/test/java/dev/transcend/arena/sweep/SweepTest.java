package dev.transcend.arena.sweep;

import dev.transcend.arena.MisbehavingEngines;
import dev.transcend.arena.SanMovetext;
import dev.transcend.arena.game.PgnFile;
import dev.transcend.arena.player.PlayerSpec;
import dev.transcend.arena.player.RandomSpec;
import dev.transcend.core.Seeds;
import dev.transcend.core.chess.Color;
import dev.transcend.core.chess.Position;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.game.Termination;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.model.sampling.SamplingProtocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(120)
class SweepTest {

    private static final RandomSpec MODEL = new RandomSpec("uniform-model", null, false, "");
    private static final List<PlayerSpec> ROSTER = List.of(
            MisbehavingEngines.stockfishDepth("sf-depth1", 1),
            new RandomSpec("random", 400, false, "assumed"));

    private static PlaySettings settings(int gamesPerOpponent, int concurrency) {
        return new PlaySettings(List.of(0.5, 1.0), List.of("sf-depth1", "random"), gamesPerOpponent,
                SamplingProtocol.LEGAL_MOVES, 5, 40, concurrency, 5L, "no-such-file.yaml");
    }

    @Test
    void sweepWritesOneRowAndOnePgnGamePerGame(@TempDir Path out) throws Exception {
        SweepSummary summary = Sweep.run(MODEL, ROSTER, settings(3, 2), out, false);
        assertEquals(12, summary.games());
        assertEquals(12, summary.played());
        assertEquals(summary.games(), summary.wins() + summary.draws() + summary.losses());

        List<String> lines = Files.readAllLines(out.resolve("games.csv"));
        assertEquals("model,cap,protocol,temperature,opponent,opponent_rating,opponent_calibrated,game,model_color,"
                + "result,model_score,termination,plies,illegal_attempts,seed,duration_ms,detail", lines.get(0));
        List<GameRow> rows = GamesCsv.read(out.resolve("games.csv"));
        assertEquals(12, rows.size());
        assertEquals(12, rows.stream().map(GameRow::key).distinct().count());
        for (GameRow r : rows) {
            assertEquals(r.game() % 2 == 0 ? Color.WHITE : Color.BLACK, r.modelColor());
            assertEquals(Seeds.derive(5, "play/" + GameKey.formatTemperature(r.temperature()) + "/" + r.opponent(),
                    r.game()), r.seed());
            assertEquals(r.result().scoreFor(r.modelColor()), r.modelScore());
            assertEquals(r.opponent().equals("random") ? 400 : 1500, r.opponentRating());
            assertEquals("uniform-model", r.model());
            assertEquals(0, r.illegalAttempts());
        }
        assertTrue(lines.get(1).startsWith("uniform-model,,LEGAL_MOVES,"), lines.get(1));

        List<String> games = new PgnFile(out.resolve("games.pgn")).completeGames();
        assertEquals(keys(rows), pgnKeys(games));
        for (String game : games) {
            GameRow row = rows.stream().filter(r -> r.key().toString().equals(PgnFile.tag(game, "GameKey").orElseThrow()))
                    .findFirst().orElseThrow();
            String modelTag = row.modelColor() == Color.WHITE ? "White" : "Black";
            assertEquals("uniform-model", PgnFile.tag(game, modelTag).orElseThrow());
            assertEquals(row.result().pgn(), PgnFile.tag(game, "Result").orElseThrow());
            List<String> moves = SanMovetext.toUci(game);
            assertEquals(row.plies(), moves.size());
            if (row.termination() == Termination.MOVE_LIMIT) {
                assertEquals(80, row.plies());
            } else {
                assertEquals(row.termination(), Position.afterMoves(moves).end().orElseThrow().termination());
            }
        }
        Manifest manifest = Manifest.readFrom(out);
        assertEquals("play", manifest.stage());
        assertEquals(12, manifest.counts().get("games").asInt());
        assertEquals("random", manifest.settings().get("model").get("type").asText());
    }

    @Test
    void resumeAfterInterruptAndCrashDebrisLosesAndRepeatsNothing(@TempDir Path out) throws Exception {
        PlaySettings settings = settings(4, 2); // 16 games
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread sweep = new Thread(() -> {
            try {
                Sweep.run(MODEL, ROSTER, settings, out, false);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        sweep.start();
        Path csv = out.resolve("games.csv");
        while (sweep.isAlive() && (!Files.exists(csv) || Files.readAllLines(csv).size() < 4)) {
            Thread.sleep(2);
        }
        sweep.interrupt(); // stops the sweep mid-game, like Ctrl-C in a long run
        sweep.join();
        assertInstanceOf(InterruptedException.class, thrown.get());

        List<GameRow> before = GamesCsv.read(csv);
        assertTrue(before.size() >= 3 && before.size() < 16, "rows after interrupt: " + before.size());
        String csvBefore = Files.readString(csv);
        // what a crash can leave: half a CSV row, a game in the PGN whose row was never written, half a game
        Files.writeString(csv, "uniform-model,,LEGAL_MOVES,1.0,sf-dep", StandardOpenOption.APPEND);
        Path pgn = out.resolve("games.pgn");
        String orphan = new PgnFile(pgn).completeGames().get(0).replaceFirst("\\[GameKey \"[^\"]*\"\\]",
                "[GameKey \"1.0/random/3\"]");
        Files.writeString(pgn, orphan + orphan.substring(0, orphan.length() / 2), StandardOpenOption.APPEND);

        SweepSummary summary = Sweep.run(MODEL, ROSTER, settings, out, false);
        assertEquals(before.size(), summary.resumed());
        assertEquals(16 - before.size(), summary.played());
        List<GameRow> after = GamesCsv.read(csv);
        assertEquals(16, after.size());
        assertEquals(16, keys(after).size());
        assertTrue(Files.readString(csv).startsWith(csvBefore), "finished rows were rewritten");
        List<String> games = new PgnFile(pgn).completeGames();
        assertEquals(16, games.size());
        assertEquals(keys(after), pgnKeys(games));
        assertEquals(Files.readString(pgn, StandardCharsets.UTF_8), String.join("", games), "no partial game left");
    }

    @Test
    void refusesToMixModelsOrSweepAnEngine(@TempDir Path out) throws Exception {
        PlaySettings tiny = new PlaySettings(List.of(1.0), List.of("random"), 1, SamplingProtocol.LEGAL_MOVES, 5, 5,
                1, 1L, null);
        Sweep.run(MODEL, ROSTER, tiny, out, false);
        ConfigException other = assertThrows(ConfigException.class,
                () -> Sweep.run(new RandomSpec("other-model", null, false, ""), ROSTER, tiny, out, false));
        assertTrue(other.getMessage().contains("use another output folder"), other.getMessage());
        ConfigException engine = assertThrows(ConfigException.class,
                () -> Sweep.run(ROSTER.get(0), ROSTER, tiny, out.resolve("e"), false));
        assertTrue(engine.getMessage().contains("must be of type model or random"), engine.getMessage());
        ConfigException unknown = assertThrows(ConfigException.class, () -> Sweep.run(MODEL, ROSTER,
                new PlaySettings(List.of(1.0), List.of("nobody"), 1, null, null, null, null, null, null),
                out.resolve("u"), false));
        assertTrue(unknown.getMessage().startsWith("no player named 'nobody'"), unknown.getMessage());
    }

    private static Set<String> keys(List<GameRow> rows) {
        return rows.stream().map(r -> r.key().toString()).collect(Collectors.toSet());
    }

    private static Set<String> pgnKeys(List<String> games) {
        Set<String> keys = new HashSet<>();
        for (String g : games) {
            assertTrue(keys.add(PgnFile.tag(g, "GameKey").orElseThrow()), "duplicate game in PGN");
        }
        return keys;
    }
}
