package dev.transcend.arena.game;

import dev.transcend.core.Seeds;
import dev.transcend.core.chess.Position;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The moves a game starts from, played by neither player (issue "arena at full strength", item 3): the standard start
 * ({@link #START}, the paper's setup) or {@code N} uniformly random legal plies. Against a deterministic opponent (a
 * node or depth limit) a model at a temperature near 0 plays the same game again and again; random openings make the
 * games distinct, and playing each opening once with each colour keeps the colours balanced per opening.
 *
 * <p>The players see the opening moves as the game so far (an engine gets {@code position startpos moves ...}, a
 * model conditions on every move), and the PGN records the whole game with an {@code OpeningPlies} tag.
 *
 * @param moves the opening's moves in UCI notation, from the standard start; empty for the standard start
 */
public record Opening(List<String> moves) {

    /** The standard starting position, no opening moves. */
    public static final Opening START = new Opening(List.of());

    /** Draws per opening wanted before giving up on finding distinct ones (a tiny {@code plies} has few). */
    private static final int ATTEMPTS_PER_OPENING = 100;

    public Opening {
        moves = List.copyOf(moves);
    }

    /** @return plies in the opening */
    public int plies() {
        return moves.size();
    }

    /**
     * @param count openings wanted, 0 or more
     * @param plies plies per opening; 0 gives {@code count} times {@link #START}
     * @param seed the run's seed; opening {@code i} of the list depends on it and on {@code i} only, so a longer list
     *             starts with the same openings
     * @return {@code count} distinct openings, each {@code plies} uniformly random legal moves (a uniform choice among
     *         the legal moves at each ply) that do not end the game
     * @throws IllegalArgumentException if {@code plies} is negative, or there are too few distinct openings of that length
     */
    public static List<Opening> distinct(int count, int plies, long seed) {
        if (plies < 0) {
            throw new IllegalArgumentException("openingPlies " + plies + " is negative");
        }
        List<Opening> openings = new ArrayList<>();
        if (plies == 0) {
            for (int i = 0; i < count; i++) {
                openings.add(START);
            }
            return openings;
        }
        Set<List<String>> seen = new HashSet<>();
        for (int attempt = 0; openings.size() < count; attempt++) {
            if (attempt >= ATTEMPTS_PER_OPENING * (long) count) {
                throw new IllegalArgumentException("found only " + openings.size() + " distinct openings of " + plies
                        + " plies; use more openingPlies or fewer games");
            }
            List<String> moves = draw(plies, new SplittableRandom(Seeds.derive(seed, "opening", attempt)));
            if (moves != null && seen.add(moves)) {
                openings.add(new Opening(moves));
            }
        }
        return openings;
    }

    /** @return random legal moves, or null if the game ended within them */
    private static List<String> draw(int plies, SplittableRandom rng) {
        Position position = Position.start();
        for (int i = 0; i < plies; i++) {
            if (position.end().isPresent()) {
                return null;
            }
            List<String> legal = position.legalMoves();
            position.play(legal.get(rng.nextInt(legal.size())));
        }
        return position.end().isPresent() ? null : position.movesUci();
    }
}
