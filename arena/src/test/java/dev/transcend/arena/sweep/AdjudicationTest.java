package dev.transcend.arena.sweep;

import dev.transcend.arena.MisbehavingEngines;
import dev.transcend.arena.engine.EngineException;
import dev.transcend.arena.engine.EngineLimit;
import dev.transcend.arena.game.PgnFile;
import dev.transcend.arena.player.EngineSpec;
import dev.transcend.arena.player.PlayerSpec;
import dev.transcend.arena.player.RandomSpec;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.game.Outcome;
import dev.transcend.core.game.Termination;
import dev.transcend.core.games.GameRow;
import dev.transcend.core.games.GamesCsv;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.core.policy.PolicyLoader;
import dev.transcend.core.policy.SamplingProtocol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code play.adjudication}: games at the move limit decided by a real Stockfish's evaluation, a term of the folder. */
@Timeout(120)
class AdjudicationTest {

    private static final RandomSpec MODEL = new RandomSpec("uniform-model", null, false, "");
    private static final EngineSpec EVAL = MisbehavingEngines.stockfishDepth("sf-eval", 6);
    private static final List<PlayerSpec> ROSTER = List.of(MisbehavingEngines.stockfishDepth("sf-depth1", 1),
            new RandomSpec("random", 400, false, "assumed"), EVAL);
    private static final Pattern MATE = Pattern.compile("sf-eval sees mate in \\d+ for (White|Black)");
    private static final Pattern CP = Pattern.compile("sf-eval: ([+-]\\d+) cp for White, (margin|within) (\\d+)");

    /** The random mover against Stockfish at depth 1, stopped after 8 moves: by then Stockfish is usually far ahead. */
    private static PlaySettings settings(int marginCp) {
        return new PlaySettings(List.of(1.0), List.of("sf-depth1"), 6, SamplingProtocol.LEGAL_MOVES, 5, 8, 2, 3L,
                null).withAdjudication(new Adjudication("sf-eval", marginCp));
    }

    @Test
    void gamesAtTheLimitAreDecidedByTheEnginesEvaluationAndTheMarginIsATerm(@TempDir Path out) throws Exception {
        Sweep.run(MODEL, ROSTER, settings(300), out, false, PolicyLoader.none());
        List<GameRow> rows = GamesCsv.read(out.resolve("games.csv"));
        assertEquals(6, rows.size());
        int adjudicated = 0;
        for (GameRow row : rows) {
            if (row.termination().isByRules()) {
                continue; // mated or drawn before move 8
            }
            assertEquals(16, row.plies(), row.toString());
            Matcher mate = MATE.matcher(row.detail());
            if (mate.find()) {
                adjudicated++;
                assertEquals(Termination.ADJUDICATED, row.termination(), row.toString());
                assertEquals(mate.group(1).equals("White") ? Outcome.WHITE_WIN : Outcome.BLACK_WIN, row.result());
                continue;
            }
            Matcher cp = CP.matcher(row.detail());
            assertTrue(cp.find(), row.detail());
            int whiteCp = Integer.parseInt(cp.group(1));
            if (row.termination() == Termination.ADJUDICATED) {
                adjudicated++;
                assertEquals("margin", cp.group(2));
                assertTrue(Math.abs(whiteCp) >= 300, row.detail());
                assertEquals(whiteCp > 0 ? Outcome.WHITE_WIN : Outcome.BLACK_WIN, row.result(), row.detail());
            } else {
                assertEquals(Termination.MOVE_LIMIT, row.termination(), row.toString());
                assertEquals(Outcome.DRAW, row.result());
                assertTrue(Math.abs(whiteCp) < 300, row.detail());
            }
        }
        assertTrue(adjudicated > 0, "a random mover is far behind Stockfish after 8 moves in some game: " + rows);
        for (ParsedGame game : new PgnFile(out.resolve("games.pgn")).completeGames()) {
            if (game.tag("TerminationReason").orElse("").equals("ADJUDICATED")) {
                assertEquals("Adjudication", game.tag("Termination").orElseThrow());
            }
        }

        ConfigException changed = assertThrows(ConfigException.class,
                () -> Sweep.run(MODEL, ROSTER, settings(500), out, false, PolicyLoader.none()));
        assertTrue(changed.getMessage().contains("adjudication"), changed.getMessage());
        ConfigException dropped = assertThrows(ConfigException.class,
                () -> Sweep.run(MODEL, ROSTER, settings(300).withAdjudication(null), out, false, PolicyLoader.none()));
        assertTrue(dropped.getMessage().contains("adjudication"), dropped.getMessage());
        List<PlayerSpec> deeper = List.of(ROSTER.get(0), ROSTER.get(1), MisbehavingEngines.stockfishDepth("sf-eval", 7));
        ConfigException engine = assertThrows(ConfigException.class,
                () -> Sweep.run(MODEL, deeper, settings(300), out, false, PolicyLoader.none()));
        assertTrue(engine.getMessage().contains("adjudicator"), engine.getMessage());
        assertEquals(rows, GamesCsv.read(out.resolve("games.csv")), "a refused run changed games.csv");
    }

    @Test
    void aHugeMarginLeavesThePapersDraws(@TempDir Path out) throws Exception {
        Sweep.run(MODEL, ROSTER, settings(10_000), out, false, PolicyLoader.none());
        for (GameRow row : GamesCsv.read(out.resolve("games.csv"))) {
            if (!row.termination().isByRules() && !row.detail().contains("sees mate")) {
                assertEquals(Termination.MOVE_LIMIT, row.termination(), row.toString());
                assertTrue(row.detail().contains("within 10000"), row.detail());
            }
        }
    }

    @Test
    void theAdjudicatorMustBeAnEngineOfTheRosterThatExists(@TempDir Path dir) {
        Path out = dir.resolve("sweep");
        ConfigException unknown = assertThrows(ConfigException.class, () -> Sweep.run(MODEL, ROSTER,
                settings(300).withAdjudication(new Adjudication("nobody", 300)), out, false, PolicyLoader.none()));
        assertTrue(unknown.getMessage().startsWith("adjudication.engine: "), unknown.getMessage());
        assertTrue(unknown.getMessage().contains("nobody"), unknown.getMessage());
        ConfigException random = assertThrows(ConfigException.class, () -> Sweep.run(MODEL, ROSTER,
                settings(300).withAdjudication(new Adjudication("random", 300)), out, false, PolicyLoader.none()));
        assertTrue(random.getMessage().contains("'random' is not an engine player"), random.getMessage());
        List<PlayerSpec> missing = List.of(ROSTER.get(0), new EngineSpec("sf-eval", null, false, "",
                "no-such-engine-binary", List.of(), Map.of(), EngineLimit.depth(6), null));
        EngineException binary = assertThrows(EngineException.class, () -> Sweep.run(MODEL, missing, settings(300), out,
                false, PolicyLoader.none()));
        assertTrue(binary.getMessage().startsWith("adjudication.engine 'sf-eval': "), binary.getMessage());
        ConfigException margin = assertThrows(ConfigException.class, () -> new Adjudication("sf-eval", 0));
        assertTrue(margin.getMessage().contains("adjudication.marginCp: 0 is not allowed"), margin.getMessage());
        assertTrue(!java.nio.file.Files.exists(out), "a refused adjudicator leaves no sweep folder behind");
    }
}
