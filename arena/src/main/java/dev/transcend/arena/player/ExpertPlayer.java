package dev.transcend.arena.player;

import dev.transcend.core.Seeds;
import dev.transcend.core.chess.Position;
import dev.transcend.core.classes.PositionClass;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * An expert of a panel as a player: its base player's move, except where its {@link ErrorModel} says otherwise.
 * <ul>
 *   <li>random, rate p: on each move one draw {@code u} in [0, 1) from the game's generator (seeded by
 *       {@link #newGame}); if {@code u < p}, a second draw picks a uniformly random legal move (which may equal the
 *       base's), so a game replays from its seed against deterministic players;</li>
 *   <li>systematic, blind spot C: in every position of class C a wrong move that depends on the position only
 *       ({@link #wrongMove}), the same each time the position occurs; elsewhere the base's move.</li>
 * </ul>
 * The base is asked on every move, also where the error model decides: an engine's hash table and history carry
 * from move to move within a game, so skipping it would change its later moves. A base that fails (engine crash,
 * stall, illegal move) fails the expert's move the same way.
 */
public final class ExpertPlayer implements Player {

    private final String name;
    private final OptionalInt rating;
    private final ErrorModel.Kind kind;
    private final double rate;
    private final PositionClass blindSpot;
    private final Player base;
    private SplittableRandom rng = new SplittableRandom(0);
    private int errorsThisGame;

    private ExpertPlayer(ExpertSpec spec, Player base) {
        this.name = spec.name();
        this.rating = spec.rating() == null ? OptionalInt.empty() : OptionalInt.of(spec.rating());
        this.kind = spec.errors().kindValue();
        this.rate = kind == ErrorModel.Kind.RANDOM ? spec.errors().rate() : 0;
        this.blindSpot = kind == ErrorModel.Kind.SYSTEMATIC ? spec.errors().blindSpotClass() : null;
        this.base = base;
    }

    /**
     * @param spec the expert's recipe
     * @param base its base player, opened; owned (and closed) by the expert from now on
     * @return the expert
     */
    public static ExpertPlayer of(ExpertSpec spec, Player base) {
        return new ExpertPlayer(spec, base);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public OptionalInt rating() {
        return rating;
    }

    /** @return how many of this game's moves departed from the base's move (a random move equal to it not counted) */
    public int errorsThisGame() {
        return errorsThisGame;
    }

    @Override
    public void newGame(long seed) throws InterruptedException {
        rng = new SplittableRandom(seed);
        errorsThisGame = 0;
        base.newGame(Seeds.derive(seed, "expert-base", 0)); // the base's own randomness, apart from the errors'
    }

    @Override
    public MoveChoice choose(Position position) throws InterruptedException {
        MoveChoice asked = base.choose(position);
        if (!(asked instanceof MoveChoice.Played played)) {
            return asked;
        }
        String move = switch (kind) {
            case RANDOM -> {
                if (rng.nextDouble() < rate) {
                    List<String> legal = position.legalMoves();
                    yield legal.get(rng.nextInt(legal.size()));
                }
                yield played.uci();
            }
            case SYSTEMATIC -> blindSpot.test(position) ? wrongMove(position, played.uci(), blindSpot) : played.uci();
        };
        if (!move.equals(played.uci())) {
            errorsThisGame++;
        }
        return new MoveChoice.Played(move, played.illegalAttempts());
    }

    /**
     * The systematic expert's move in a position of its blind spot: the legal moves sorted, the one at index
     * {@code h mod n} where {@code h} is a stable 64-bit hash (FNV-1a, then SplitMix64's finalizer) of the FEN's first
     * four fields (placement, side to move, castling, en passant; not the move counters) and the class name, or the
     * next one if that is the base's move. The base's move when it is the only legal move. Experts sharing a class
     * so play the same wrong move; experts with different classes that both err in a position usually play different
     * ones (their errors stay diverse where the classes overlap).
     *
     * @param position the position, of the blind spot class
     * @param baseMove the base's move there
     * @param blindSpot the expert's class
     * @return a legal move, other than {@code baseMove} whenever there is one
     */
    static String wrongMove(Position position, String baseMove, PositionClass blindSpot) {
        List<String> legal = position.legalMoves();
        if (legal.size() == 1) {
            return baseMove;
        }
        int index = (int) Math.floorMod(positionHash(position, blindSpot), (long) legal.size());
        String move = legal.get(index);
        return move.equals(baseMove) ? legal.get((index + 1) % legal.size()) : move;
    }

    /** @return a hash of the FEN's first four fields and the class name that is the same on every JVM and run */
    static long positionHash(Position position, PositionClass blindSpot) {
        String[] fields = position.fen().split(" ");
        String key = fields[0] + ' ' + fields[1] + ' ' + fields[2] + ' ' + fields[3] + ' ' + blindSpot.id();
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.US_ASCII)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    /** Closes the base player. */
    @Override
    public void close() {
        base.close();
    }
}
