package dev.transcend.arena.player;

import dev.transcend.core.policy.Sampling;
import dev.transcend.arena.MisbehavingEngines;
import dev.transcend.arena.game.GameRunner;
import dev.transcend.arena.game.PlayedGame;
import dev.transcend.core.chess.ByColor;
import dev.transcend.core.chess.Position;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.game.Outcome;
import dev.transcend.core.game.Termination;
import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.encoding.Encodings;
import dev.transcend.core.policy.MovePolicy;
import dev.transcend.core.policy.UniformPolicy;
import dev.transcend.core.policy.SamplingProtocol;
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
                + "at most 100 plies; use moveLimit 1..50", e.getMessage());
        ModelPlayer.open("small", null, new ShortContextPolicy(100), Sampling.randomMover(), 50).close();
    }

    /** A real (uniform) policy whose context holds only {@code maxPlies} moves. */
    private record ShortContextPolicy(int maxPlies) implements MovePolicy {
        @Override
        public float[] nextTokenLogits(int[] input) {
            if (input.length > maxPlies + 1) {
                throw new IllegalArgumentException("input of " + input.length + " tokens > " + (maxPlies + 1));
            }
            return new float[encoding().vocabularySize()];
        }

        @Override
        public Encoding encoding() {
            return Encodings.standard();
        }

        @Override
        public String name() {
            return "short-context";
        }
    }
}
