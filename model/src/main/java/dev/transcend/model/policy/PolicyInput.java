package dev.transcend.model.policy;

import dev.transcend.core.encoding.Board;
import dev.transcend.core.encoding.BoardFeatures;
import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.encoding.UciMoveBoardEncoding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What {@link GptPolicy} feeds its graph for one move (and {@link CachedGptPolicy} its cache, through
 * {@link #windowTokens} and {@link #windowBoards}): the input tokens {@code [T]} and, for a board-aware encoding
 * ({@link Encoding#positionFeatures()} F &gt; 0), the position before the next move at every input position
 * {@code [T, F]}, both derived from the encoded game and cropped to the model's context.
 *
 * <p><b>The sliding window</b> ({@link #window}). A game longer than the context is read as nanoGPT's {@code generate}
 * reads a long sequence, through its most recent tokens ({@code idx_cond = idx[:, -self.config.block_size:]},
 * {@code model.py}), with one difference: the window keeps BOS at position 0 and holds the last
 * {@code contextLength - 1} move tokens after it, {@code [BOS, m_{s+1}, ..., m_n]} with {@code s = n + 1 -
 * contextLength} for a game of n plies. nanoGPT trains on random windows of one long token stream, so its model has
 * seen every token at position 0; this model is trained on whole-game prefixes ({@code Batch}), so position 0 has
 * only ever held BOS, and dropping it would put an input the model never saw at the position every later one attends
 * to. The board beside each window position is the full game's board at that ply, computed from the start position
 * over the whole game and then cropped: row t of the window is the full game's row {@code s + t}, the position after
 * {@code s + t} moves, in which the move after window token t is played (for BOS, {@code m_{s+1}}), exactly as the
 * {@link Encoding#writePositionFeatures} contract reads for a game that fits. A token is a ply in every registered
 * encoding (one token per move); an encoding of several tokens per move would cut at a move's first token.
 */
final class PolicyInput {

    private final int[] tokens;
    private final float[] board;

    private PolicyInput(int[] tokens, float[] board) {
        this.tokens = tokens;
        this.board = board;
    }

    /**
     * @param encoding the policy's encoding
     * @param input the encoded game so far, BOS first; at most {@code contextLength} tokens
     * @param contextLength tokens the model reads at once
     * @return the whole input, and its boards for a board-aware encoding
     * @throws IllegalArgumentException if the input is empty, longer than {@code contextLength}, holds an id outside the
     *                                  vocabulary or (board-aware) a token after BOS that is not a move
     */
    static PolicyInput whole(Encoding encoding, int[] input, int contextLength) {
        requireFits(encoding, input, contextLength);
        return window(encoding, input, contextLength);
    }

    /**
     * @throws IllegalArgumentException if the input is empty or longer than {@code contextLength} (the ids are checked
     *                                  by {@link #window})
     */
    static void requireFits(Encoding encoding, int[] input, int contextLength) {
        if (input.length == 0 || input.length > contextLength) {
            throw new IllegalArgumentException("input of " + input.length + " tokens does not fit the model's"
                    + " context of 1.." + contextLength + " (" + encoding.maxPlies(contextLength)
                    + " plies after BOS)");
        }
    }

    /**
     * @param encoding the policy's encoding
     * @param input the encoded game so far, BOS first, of any length
     * @param contextLength tokens the model reads at once
     * @return the input itself if it fits, else the window {@code [input[0], last contextLength - 1 tokens]} with the
     *         full game's boards at those positions (see the class comment)
     * @throws IllegalArgumentException if the input is empty, holds an id outside the vocabulary or (board-aware) a
     *                                  token after BOS that is not a move
     */
    static PolicyInput window(Encoding encoding, int[] input, int contextLength) {
        int[] tokens = windowTokens(encoding, input, contextLength);            // [T]
        int time = tokens.length;
        int start = input.length - time;                          // s: full-game row of window row 0
        int features = encoding.positionFeatures();
        if (features == 0) {
            return new PolicyInput(tokens, null);
        }
        float[] full = new float[input.length * features];       // [n + 1, F], from the start position
        encoding.writePositionFeatures(moves(encoding, input), input.length, full, 0);
        float[] board = new float[time * features];               // [T, F]
        System.arraycopy(full, start * features, board, 0, time * features);
        return new PolicyInput(tokens, board);
    }

    /**
     * @return {@link #window}'s tokens, {@code [input[0], last contextLength - 1 tokens]} (the whole input if it fits)
     * @throws IllegalArgumentException if the input is empty or holds an id outside the vocabulary
     */
    static int[] windowTokens(Encoding encoding, int[] input, int contextLength) {
        if (input.length == 0) {
            throw new IllegalArgumentException("input of 0 tokens does not fit the model's context of 1.."
                    + contextLength + " (" + encoding.maxPlies(contextLength) + " plies after BOS)");
        }
        int vocab = encoding.vocabularySize();
        for (int i = 0; i < input.length; i++) {
            if (input[i] < 0 || input[i] >= vocab) {
                throw new IllegalArgumentException("token id " + input[i] + " at input position " + i
                        + " is outside the vocabulary of " + vocab);
            }
        }
        int time = Math.min(input.length, contextLength);        // T
        int start = input.length - time;                          // s
        int[] tokens = new int[time];                             // [T]
        tokens[0] = input[0];
        System.arraycopy(input, start + 1, tokens, 1, time - 1);
        return tokens;
    }

    /**
     * Rows {@code firstRow..T-1} of {@link #window}'s boards: what {@link CachedGptPolicy} needs when its cache holds
     * rows {@code 0..firstRow-1} already. For {@code uci-move-board-v1} they are written by replaying core's
     * {@link Board} up to the first one needed (a few array writes per ply) and {@link BoardFeatures} for the needed
     * rows only, as {@link UciMoveBoardEncoding#writePositionFeatures} writes every row (so a move costs the features of
     * the new positions, not of the whole game); another encoding's come from its {@link Encoding#writePositionFeatures}
     * over the whole game.
     *
     * @param firstRow the first window row wanted, 0..T
     * @return {@code [T - firstRow, F]} row-major; null for an encoding without board features
     * @throws IllegalArgumentException as {@link #window}
     */
    static float[] windowBoards(Encoding encoding, int[] input, int contextLength, int firstRow) {
        int features = encoding.positionFeatures();
        if (features == 0) {
            windowTokens(encoding, input, contextLength);
            return null;
        }
        int time = Math.min(input.length, contextLength);        // T
        if (!(encoding instanceof UciMoveBoardEncoding)) {
            float[] all = window(encoding, input, contextLength).board;
            return Arrays.copyOfRange(all, firstRow * features, time * features);
        }
        windowTokens(encoding, input, contextLength);
        int start = input.length - time;                          // s
        List<String> moves = moves(encoding, input);
        float[] board = new float[(time - firstRow) * features];  // [T - firstRow, F]
        Board replay = Board.start();
        for (int ply = 0; ply < start + time; ply++) {            // full-game row ply: the position after ply moves
            if (ply > 0) {
                replay.apply(moves.get(ply - 1));
            }
            int t = ply - start;
            if (t >= firstRow) {
                BoardFeatures.write(replay, board, (t - firstRow) * features);
            }
        }
        return board;
    }

    /** @return the input token ids, shape {@code [T]}, T at most the context length */
    int[] tokens() {
        return tokens.clone();
    }

    /** @return the board features row-major, shape {@code [T, F]}; null for an encoding without board features */
    float[] board() {
        return board == null ? null : board.clone();
    }

    /** @return T, the number of input positions */
    int time() {
        return tokens.length;
    }

    /** The whole game's moves, decoded from the tokens after BOS. */
    private static List<String> moves(Encoding encoding, int[] input) {
        List<String> moves = new ArrayList<>(input.length);
        for (int i = 1; i < input.length; i++) {
            int id = input[i];
            int position = i;
            moves.add(encoding.decode(id).orElseThrow(() -> new IllegalArgumentException("token id " + id
                    + " at input position " + position + " is not a move")));
        }
        return moves;
    }
}
