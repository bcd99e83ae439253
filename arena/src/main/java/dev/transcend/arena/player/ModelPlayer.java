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
 *
 * <p>A game longer than the model's context ({@link MovePolicy#maxPlies()}) is handled as its {@link ContextOverflow}
 * says: refused when the player is opened ({@code refuse}, the default), ended as a draw with
 * {@link Termination#CONTEXT_FULL} when the model is to move in a game that no longer fits ({@code end}), or read
 * through the policy's sliding window, {@link MovePolicy#nextTokenLogitsWindowed} ({@code slide}).
 */
public final class ModelPlayer implements Player {

    private final String name;
    private final OptionalInt rating;
    private final MovePolicy policy;
    private final Encoding encoding;
    private final BitSet allMoves;
    private final ContextOverflow overflow;
    private Sampling sampling;
    private RandomGenerator rng = new SplittableRandom(0);

    private ModelPlayer(String name, OptionalInt rating, MovePolicy policy, Sampling sampling,
                        ContextOverflow overflow) {
        this.name = name;
        this.rating = rating;
        this.policy = policy;
        this.encoding = policy.encoding();
        this.allMoves = encoding.moveTokens();
        this.sampling = sampling;
        this.overflow = overflow;
    }

    /**
     * As {@link #open(String, Integer, MovePolicy, Sampling, int, ContextOverflow)} with {@link ContextOverflow#REFUSE}:
     * the policy must accept {@code 2 * moveLimit} plies.
     */
    public static ModelPlayer open(String name, Integer rating, MovePolicy policy, Sampling sampling, int moveLimit) {
        return open(name, rating, policy, sampling, moveLimit, ContextOverflow.REFUSE);
    }

    /**
     * @param name player name
     * @param rating assumed Elo, or null
     * @param policy the model; owned (and closed) by the player from now on
     * @param sampling temperature, protocol and tries
     * @param moveLimit longest game in full moves
     * @param overflow what a game longer than the policy's context does: refused here ({@code refuse}), ends as a
     *                 draw ({@code end}) or slides ({@code slide})
     * @return the player
     * @throws ConfigException if {@code moveLimit} is below 1, or the policy's context is shorter than
     *                         {@code 2 * moveLimit} plies and {@code overflow} is {@code refuse}, or is {@code slide}
     *                         for a policy that cannot slide ({@link MovePolicy#slidesContext()}); the policy is
     *                         closed first
     */
    public static ModelPlayer open(String name, Integer rating, MovePolicy policy, Sampling sampling, int moveLimit,
                                   ContextOverflow overflow) {
        Objects.requireNonNull(overflow, "overflow");
        long needed = 2L * moveLimit;
        int maxPlies = policy.maxPlies();
        String message = null;
        if (moveLimit < 1 || (needed > maxPlies && overflow == ContextOverflow.REFUSE)) {
            message = "moveLimit: " + moveLimit + " full moves needs " + needed + " plies of context but model '"
                    + name + "' (" + policy.name() + ") accepts at most " + maxPlies + " plies; use moveLimit 1.."
                    + maxPlies / 2 + ", or set play.contextOverflow (--context-overflow) to end or slide";
        } else if (needed > maxPlies && overflow == ContextOverflow.SLIDE && !policy.slidesContext()) {
            message = "contextOverflow: slide, but model '" + name + "' (" + policy.name() + ") cannot read a game"
                    + " longer than its " + maxPlies + " plies through a sliding window; use contextOverflow end or"
                    + " moveLimit 1.." + maxPlies / 2;
        }
        if (message != null) {
            policy.close();
            throw new ConfigException(message);
        }
        return new ModelPlayer(name, rating == null ? OptionalInt.empty() : OptionalInt.of(rating), policy, sampling,
                overflow);
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
        boolean fits = moves.size() <= policy.maxPlies();
        if (!fits && overflow == ContextOverflow.END) {
            return new MoveChoice.ContextFull("context full at ply " + (moves.size() + 1) + ": model '" + name + "' ("
                    + policy.name() + ") reads at most " + policy.maxPlies() + " plies");
        }
        int[] input = encoding.encode(moves);                                            // [T], BOS first
        float[] logits = overflow == ContextOverflow.SLIDE ? policy.nextTokenLogitsWindowed(input)
                : policy.nextTokenLogits(input);                                         // [V]
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
