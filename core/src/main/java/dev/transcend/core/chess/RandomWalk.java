package dev.transcend.core.chess;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded games of uniformly random legal moves from the start position: inputs for benchmarks and tests. */
public final class RandomWalk {

    private RandomWalk() {
    }

    /**
     * @param plies moves wanted
     * @param seed the walk's seed
     * @return {@code plies} moves in UCI, fewer if the rules end the game first
     */
    public static List<String> moves(int plies, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Position position = Position.start();
        List<String> moves = new ArrayList<>();
        while (moves.size() < plies && position.end().isEmpty()) {
            List<String> legal = position.legalMoves();
            String move = legal.get(rng.nextInt(legal.size()));
            position.play(move);
            moves.add(move);
        }
        return moves;
    }
}
