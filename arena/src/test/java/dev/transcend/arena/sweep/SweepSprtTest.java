package dev.transcend.arena.sweep;

import dev.transcend.arena.MisbehavingEngines;
import dev.transcend.arena.player.PlayerSpec;
import dev.transcend.arena.player.RandomSpec;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.games.GameRow;
import dev.transcend.core.games.GamesCsv;
import dev.transcend.core.policy.PolicyLoader;
import dev.transcend.core.policy.SamplingProtocol;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.ratings.Sprt;
import dev.transcend.core.ratings.SprtDecision;
import dev.transcend.core.ratings.SprtVerdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sweep's SPRT early stop ({@code sprt:}), with real games: the random mover against Stockfish and itself. */
@Timeout(120)
class SweepSprtTest {

    private static final RandomSpec MODEL = new RandomSpec("uniform-model", null, false, "");
    private static final List<PlayerSpec> ROSTER = List.of(
            MisbehavingEngines.stockfishDepth("sf-depth1", 1),
            new RandomSpec("random", 400, false, "assumed"));

    private static PlaySettings settings(List<Double> temperatures, List<String> opponents, int games, int concurrency,
                                         Sprt sprt) {
        return new PlaySettings(temperatures, opponents, games, SamplingProtocol.LEGAL_MOVES, 5, 40, concurrency, 5L,
                "no-such-file.yaml", sprt);
    }

    /**
     * "Above 1500" for the random mover against Stockfish at depth 1 (1500) and another random mover (400): each game
     * moves the log-likelihood ratio down by about 0.29 (a loss to Stockfish, a draw with the random mover) or 0.58
     * (a loss to it), so H0 is accepted after 11 of the 40 scheduled games (LLR -3.16 <= ln(1/19) = -2.94). The rest are skipped, the verdict
     * goes into the summary and manifest, and a rerun into the folder plays nothing more.
     */
    @Test
    void aClearlyWeakCellStopsEarlyAndARerunPlaysNothingMore(@TempDir Path out) throws Exception {
        PlaySettings settings = settings(List.of(1.0), List.of("sf-depth1", "random"), 20, 1, Sprt.above("1500"));
        SweepSummary summary = Sweep.run(MODEL, ROSTER, settings, out, false, PolicyLoader.none());
        List<GameRow> rows = GamesCsv.read(out.resolve("games.csv"));
        assertEquals(40, summary.scheduled());
        assertTrue(rows.size() < 20, rows.size() + " games played");
        assertEquals(rows.size(), summary.played());
        assertEquals(40 - rows.size(), summary.stoppedEarly());
        SprtVerdict verdict = summary.sprt().get("1.0");
        assertEquals(SprtDecision.ACCEPT_H0, verdict.decision());
        assertEquals(1500, verdict.above());
        assertEquals(rows.size(), verdict.games());
        assertEquals(settings.sprt().verdict(1500, rows), verdict);
        // Stopped at the first game that crossed the bound (one slot: no game was running then).
        assertEquals(SprtDecision.CONTINUE, settings.sprt().verdict(1500, rows.subList(0, rows.size() - 1)).decision());
        // The opponents take turns, so a test stopped early has seen both.
        assertEquals(List.of("sf-depth1", "random", "sf-depth1", "random"),
                rows.subList(0, 4).stream().map(GameRow::opponent).toList());
        assertEquals(List.of(0, 0, 1, 1), rows.subList(0, 4).stream().map(GameRow::game).toList());

        SweepSummary recorded = Manifest.readFrom(out).countsAs(SweepSummary.class);
        assertEquals(verdict.decision(), recorded.sprt().get("1.0").decision());
        assertEquals(verdict.llr(), recorded.sprt().get("1.0").llr(), 1e-9);
        assertEquals(summary.stoppedEarly(), recorded.stoppedEarly());

        SweepSummary rerun = Sweep.run(MODEL, ROSTER, settings, out, false, PolicyLoader.none());
        assertEquals(0, rerun.played());
        assertEquals(rows.size(), rerun.resumed());
        assertEquals(40 - rows.size(), rerun.stoppedEarly());
        assertEquals(rows, GamesCsv.read(out.resolve("games.csv")));
    }

    /**
     * "Above -200" for the random mover against a random mover rated 400: about +0.28 per draw, so H1 is accepted well
     * before the 30 games per temperature (after 12 and 11 games when written), at each temperature on its own; two slots, so a game or two may still be
     * running when a temperature is decided and are recorded.
     */
    @Test
    void aClearlyStrongCellStopsEarlyAcceptingH1AtEachTemperature(@TempDir Path out) throws Exception {
        PlaySettings settings = settings(List.of(0.5, 1.0), List.of("random"), 30, 2, Sprt.above("-200"));
        SweepSummary summary = Sweep.run(MODEL, ROSTER, settings, out, false, PolicyLoader.none());
        List<GameRow> rows = GamesCsv.read(out.resolve("games.csv"));
        for (String tau : List.of("0.5", "1.0")) {
            assertEquals(SprtDecision.ACCEPT_H1, summary.sprt().get(tau).decision(), tau);
            assertTrue(summary.sprt().get(tau).games() < 25, tau + ": " + summary.sprt().get(tau));
        }
        assertEquals(60, summary.scheduled());
        assertEquals(rows.size(), summary.played());
        assertEquals(60 - rows.size(), summary.stoppedEarly());
    }

    @Test
    void aboveTheCapNeedsAModelWithACap(@TempDir Path out) {
        ConfigException e = assertThrows(ConfigException.class, () -> Sweep.run(MODEL, ROSTER,
                settings(List.of(1.0), List.of("random"), 2, 1, Sprt.above("cap")), out, false, PolicyLoader.none()));
        assertTrue(e.getMessage().startsWith("sprt.above: cap, but the model has no rating cap"), e.getMessage());
        assertTrue(Files.notExists(out.resolve("sweep.json")), "refused before the folder is claimed");
    }
}
