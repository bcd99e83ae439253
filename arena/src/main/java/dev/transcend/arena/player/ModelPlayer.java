package dev.transcend.arena.player;

import dev.transcend.core.policy.Sampling;
import dev.transcend.core.chess.Position;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.game.Termination;
import dev.transcend.core.policy.MovePolicy;
import dev.transcend.core.policy.MoveSampler;
import dev.transcend.core.policy.SamplingProtocol;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * A {@link MovePolicy} as a player (the policy knows nothing of games; this class adapts it, as
 * Stockfish keeps its search apart from its UCI front end). Each move: the game so far encoded with the policy's
 * own {@link Encoding} (the checkpoint's), next-token logits, then temperature sampling under the {@link Sampling}
 * rule, and the drawn token decoded with that encoding:
 * <ul>
 *   <li>{@link SamplingProtocol#LEGAL_MOVES}: one draw over the legal move tokens only;</li>
 *   <li>{@link SamplingProtocol#FULL_VOCABULARY} (the paper's, Zhang et al., 2024, section 4): draws
 *       over every move token; each illegal draw is counted and redrawn, and after
 *       {@code maxTries} illegal draws the game is lost with {@link Termination#NO_LEGAL_SAMPLE}.</li>
 * </ul>
 * Randomness comes from a generator seeded per game, so a game against a deterministic opponent
 * replays exactly from its seed.
 */
public final class ModelPlayer implements Player {

    private final String name;
    private final OptionalInt rating;
    private final MovePolicy policy;
    private final Encoding encoding;
    private final BitSet allMoves;
    private Sampling sampling;
    private RandomGenerator rng = new SplittableRandom(0);

    private ModelPlayer(String name, OptionalInt rating, MovePolicy policy, Sampling sampling) {
        this.name = name;
        this.rating = rating;
        this.policy = policy;
        this.encoding = policy.encoding();
        this.allMoves = encoding.moveTokens();
        this.sampling = sampling;
    }

    /**
     * @param name player name
     * @param rating assumed Elo, or null
     * @param policy the model; owned (and closed) by the player from now on
     * @param sampling temperature, protocol and tries
     * @param moveLimit longest game in full moves; the policy must accept {@code 2 * moveLimit} plies
     * @return the player
     * @throws ConfigException if the policy's context is shorter than {@code 2 * moveLimit} plies
     *                         (the policy is closed first)
     */
    public static ModelPlayer open(String name, Integer rating, MovePolicy policy, Sampling sampling, int moveLimit) {
        long needed = 2L * moveLimit;
        if (moveLimit < 1 || needed > policy.maxPlies()) {
            int maxPlies = policy.maxPlies();
            String message = "moveLimit: " + moveLimit + " full moves needs " + needed + " plies of context but model '"
                    + name + "' (" + policy.name() + ") accepts at most " + maxPlies + " plies; use moveLimit 1.."
                    + maxPlies / 2;
            policy.close();
            throw new ConfigException(message);
        }
        return new ModelPlayer(name, rating == null ? OptionalInt.empty() : OptionalInt.of(rating), policy, sampling);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public OptionalInt rating() {
        return rating;
    }

    /** @return the sampling rule of the current game */
    public Sampling sampling() {
        return sampling;
    }

    @Override
    public void newGame(long seed) {
        rng = new SplittableRandom(seed);
    }

    /**
     * Sets the sampling rule of the games that follow, e.g. the next temperature of a sweep: the policy
     * (the loaded checkpoint) is kept, only the rule of {@link #choose(Position)} changes.
     *
     * @param sampling temperature, protocol and tries for the next games' moves
     */
    public void useSampling(Sampling sampling) {
        this.sampling = Objects.requireNonNull(sampling, "sampling");
    }

    @Override
    public MoveChoice choose(Position position) {
        return choose(position, sampling);
    }

    /**
     * One move at the given sampling rule (as nanoGPT's {@code generate} takes its temperature per call).
     *
     * @param position the game so far
     * @param sampling temperature tau, protocol and tries for this move
     * @return the move, or the failure that loses the game
     */
    public MoveChoice choose(Position position, Sampling sampling) {
        List<String> moves = position.movesUci();
        float[] logits = policy.nextTokenLogits(encoding.encode(moves)); // [V]
        if (sampling.protocol() == SamplingProtocol.LEGAL_MOVES) {
            BitSet legal = encoding.tokensOf(position.legalMoves());
            int id = MoveSampler.sample(logits, sampling.temperature(), legal, rng);
            return new MoveChoice.Played(move(id), 0);
        }
        List<String> illegal = new ArrayList<>();
        for (int attempt = 0; attempt < sampling.maxTries(); attempt++) {
            String move = move(MoveSampler.sample(logits, sampling.temperature(), allMoves, rng));
            if (position.isLegal(move)) {
                return new MoveChoice.Played(move, illegal.size());
            }
            illegal.add(move);
        }
        return new MoveChoice.Failed(Termination.NO_LEGAL_SAMPLE, sampling.maxTries() + " samples at temperature "
                + sampling.temperature() + " were all illegal at ply " + (moves.size() + 1) + ": "
                + String.join(" ", illegal), illegal.size());
    }

    /** Closes the policy (native memory of a loaded checkpoint). */
    @Override
    public void close() {
        policy.close();
    }

    /** Tokens are drawn among move tokens only, so a drawn token that decodes to no move is a broken encoding. */
    private String move(int tokenId) {
        return encoding.decode(tokenId).orElseThrow(() -> new IllegalStateException("encoding " + encoding.id()
                + ": token " + tokenId + " (" + encoding.tokenName(tokenId) + ") was drawn as a move but decodes to"
                + " none; ModelPlayer samples one token per move"));
    }
}
