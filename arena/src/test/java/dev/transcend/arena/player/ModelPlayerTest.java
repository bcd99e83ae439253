package dev.transcend.arena.player;

import dev.transcend.core.policy.Sampling;
import dev.transcend.arena.MisbehavingEngines;
import dev.transcend.arena.PgnReadBack;
import dev.transcend.arena.ShortContextPolicy;
import dev.transcend.arena.game.GameRunner;
import dev.transcend.arena.game.PgnWriter;
import dev.transcend.arena.game.PlayedGame;
import dev.transcend.core.chess.ByColor;
import dev.transcend.core.chess.Position;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.game.GameResult;
import dev.transcend.core.game.Outcome;
import dev.transcend.core.game.Termination;
import dev.transcend.core.policy.MovePolicy;
import dev.transcend.core.policy.UniformPolicy;
import dev.transcend.core.policy.SamplingProtocol;
import dev.transcend.core.pgn.ParsedGame;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelPlayerTest {

    private static final GameRunner RUNNER = new GameRunner(GameRunner.PAPER_MOVE_LIMIT);

    @Test
    void legalMovesProtocolNeverPlaysAnIllegalMove() throws Exception {
        try (ModelPlayer model = ModelPlayer.open("uniform", null, new UniformPolicy(),
                new Sampling(1.0, SamplingProtocol.LEGAL_MOVES, 5), 90);
             EnginePlayer stockfish = EnginePlayer.open(MisbehavingEngines.stockfishDepth("sf-d1", 1))) {
            for (long seed = 1; seed <= 3; seed++) {
                ByColor<Player> players = seed % 2 == 0 ? new ByColor<>(model, stockfish) : new ByColor<>(stockfish, model);
                PlayedGame game = RUNNER.play(players, seed);
                Position replay = Position.start();
                for (String move : game.movesUci()) {
                    assertTrue(replay.isLegal(move), move + " in " + replay.fen());
                    replay.play(move);
                }
                assertEquals(new ByColor<>(0, 0), game.illegalAttempts());
                Termination t = game.result().termination();
                assertTrue(t.isByRules() || t == Termination.MOVE_LIMIT, t.name());
            }
        }
    }

    @Test
    void fullVocabularyCountsIllegalSamplesAndLosesAfterMaxTries() throws Exception {
        try (ModelPlayer model = ModelPlayer.open("uniform", null, new UniformPolicy(),
                new Sampling(1.0, SamplingProtocol.FULL_VOCABULARY, 5), 90);
             EnginePlayer stockfish = EnginePlayer.open(MisbehavingEngines.stockfishDepth("sf-d1", 1))) {
            PlayedGame game = RUNNER.play(new ByColor<>(model, stockfish), 7);
            assertEquals(Termination.NO_LEGAL_SAMPLE, game.result().termination());
            assertEquals(Outcome.BLACK_WIN, game.result().outcome());
            // the losing move alone drew 5 illegal samples; earlier moves may have drawn some too
            assertTrue(game.illegalAttempts().white() >= 5, game.illegalAttempts().toString());
            assertEquals(0, game.illegalAttempts().black());
            String[] samples = game.result().detail().substring(game.result().detail().indexOf(": ") + 2).split(" ");
            assertEquals(5, samples.length, game.result().detail());
            Position end = Position.afterMoves(game.movesUci()); // throws if any played move was illegal
            for (String sample : samples) {
                assertFalse(end.isLegal(sample), sample);
            }
        }
    }

    @Test
    void sameSeedReplaysTheSameGameAgainstADeterministicEngine() throws Exception {
        try (ModelPlayer model = new RandomSpec("random", 400, false, "").open(90);
             EnginePlayer stockfish = EnginePlayer.open(MisbehavingEngines.stockfishDepth("sf-d1", 1))) {
            List<List<String>> games = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                games.add(RUNNER.play(new ByColor<>(model, stockfish), 42).movesUci());
            }
            assertEquals(games.get(0), games.get(1));
        }
    }

    @Test
    void refusesAMoveLimitLongerThanTheContext() {
        MovePolicy shortContext = new ShortContextPolicy(100);
        ConfigException e = assertThrows(ConfigException.class, () -> ModelPlayer.open("small", null, shortContext,
                Sampling.randomMover(), 90));
        assertEquals("moveLimit: 90 full moves needs 180 plies of context but model 'small' (short-context) accepts "
                + "at most 100 plies; use moveLimit 1..50, or set play.contextOverflow (--context-overflow) to end or"
                + " slide", e.getMessage());
        assertEquals(e.getMessage(), assertThrows(ConfigException.class, () -> ModelPlayer.open("small", null,
                new ShortContextPolicy(100), Sampling.randomMover(), 90, ContextOverflow.REFUSE)).getMessage());
        ModelPlayer.open("small", null, new ShortContextPolicy(100), Sampling.randomMover(), 50).close();
        ModelPlayer.open("small", null, new ShortContextPolicy(100), Sampling.randomMover(), 90,
                ContextOverflow.END).close();
    }

    @Test
    void slideIsRefusedForAPolicyThatCannotSlide() {
        ConfigException e = assertThrows(ConfigException.class, () -> ModelPlayer.open("small", null,
                new ShortContextPolicy(100), Sampling.randomMover(), 90, ContextOverflow.SLIDE));
        assertEquals("contextOverflow: slide, but model 'small' (short-context) cannot read a game longer than its 100"
                + " plies through a sliding window; use contextOverflow end or moveLimit 1..50", e.getMessage());
        ModelPlayer.open("small", null, new ShortContextPolicy(100), Sampling.randomMover(), 50,
                ContextOverflow.SLIDE).close(); // fits: nothing to slide
    }

    @Test
    void endDrawsTheGameWhenTheModelToMoveWouldNeedMoreContextThanItHas() throws Exception {
        int maxPlies = 7;
        try (ModelPlayer model = ModelPlayer.open("small", null, new ShortContextPolicy(maxPlies),
                Sampling.randomMover(), 30, ContextOverflow.END);
             ModelPlayer random = new RandomSpec("random", 400, false, "").open(30)) {
            // White moves at plies 0, 2, ..., 6 with at most 6 plies of input; at ply 8 it would need 8 > 7
            PlayedGame asWhite = new GameRunner(30).play(new ByColor<>(model, random), 21);
            assertEquals(8, asWhite.plies());
            assertEquals(new GameResult(Outcome.DRAW, Termination.CONTEXT_FULL, "context full at ply 9: model 'small'"
                    + " (short-context) reads at most 7 plies"), asWhite.result());
            // Black moves at plies 1, 3, 5, 7 (7 plies of input fit); at ply 9 it would need 9
            PlayedGame asBlack = new GameRunner(30).play(new ByColor<>(random, model), 22);
            assertEquals(9, asBlack.plies());
            assertEquals(Termination.CONTEXT_FULL, asBlack.result().termination());
            assertEquals(Outcome.DRAW, asBlack.result().outcome());
            assertEquals(new ByColor<>(0, 0), asBlack.illegalAttempts());
            Position.afterMoves(asBlack.movesUci()); // every move legal

            String pgn = PgnWriter.format(asBlack, "transcend play", "1", java.util.Map.of());
            ParsedGame read = PgnReadBack.game(pgn);
            assertEquals("1/2-1/2", read.tag("Result").orElseThrow());
            assertEquals("Adjudication", read.tag("Termination").orElseThrow());
            assertEquals("CONTEXT_FULL", read.tag("TerminationReason").orElseThrow());
            assertEquals("9", read.tag("PlyCount").orElseThrow());
        }
    }

    @Test
    void aContextFullChoiceIsNotALoss() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MoveChoice.Failed(Termination.CONTEXT_FULL, "full", 0));
        assertEquals("CONTEXT_FULL is a draw, not a loss; use ContextFull", e.getMessage());
        assertEquals(0, new MoveChoice.ContextFull("full").illegalAttempts());
    }
}
