package dev.transcend.core.encoding;

import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * How games become model tokens and sampled tokens become moves: the one seam between the chess side (UCI moves,
 * as {@code Position}, the PGN reader and the engines speak) and the model side (token ids). Every stage gets its
 * encoding passed in: {@code prepare} from its settings, {@code train} from the model config (and refuses a dataset
 * of another encoding), {@code play} from the checkpoint. Datasets and checkpoints record {@link #id()} and
 * {@link #fingerprint()}.
 *
 * <p><b>The token stream.</b> A game is a stream of token ids, {@link #encode} of its moves: {@link #bos()} first,
 * then the tokens of each move in game order. Training reads a game as that stream (the shards hold it without the
 * BOS, which the batch puts back, and {@link #pad()} after the game's end), and at play time the model reads
 * {@code encode(movesSoFar)} and scores the token that comes next, so both see the same inputs.
 *
 * <p><b>Sampling a move.</b> For an encoding with one token per move (every encoding registered today,
 * {@link UciMoveEncoding} first) the arena draws one token among {@link #tokensOf(Collection)} of the legal moves
 * (or among {@link #moveTokens()}, the paper's full-vocabulary protocol) and {@link #decode}s it. An encoding whose
 * move is several tokens (the paper's character transcript: one SAN move is several characters, ended by a space)
 * keeps this contract for the first token of a move, {@code tokensOf} giving the moves' first tokens and
 * {@code decode} staying empty for a token that does not end a move; it adds one method, the tokens that may follow
 * a move's partial tokens, and {@code ModelPlayer} draws, appends and draws again until {@code decode} of the move's
 * tokens gives the move. That loop is written when the first such encoding is. A board-aware encoding keeps the token
 * stream and adds {@link #positionFeatures()} floats per input token, the position before the move to predict
 * ({@link UciMoveBoardEncoding}); the model adds them to its token embeddings.
 *
 * <p>Implementations are immutable and thread-safe. To add one: implement this interface and register the instance
 * in {@link Encodings} (one line; see core/README.md, "How to add an encoding").
 */
public interface Encoding {

    /** @return the stable name recorded in datasets and checkpoints, e.g. {@code uci-move-v1}; a new vocabulary or
     *          input layout is a new id */
    String id();

    /** @return number of token ids V, special tokens included: logits have shape {@code [V]} */
    int vocabularySize();

    /**
     * @param tokenId 0 .. {@link #vocabularySize()} - 1
     * @return its printable name, e.g. {@code e2e4} or {@code <bos>}
     * @throws IndexOutOfBoundsException outside the vocabulary
     */
    String tokenName(int tokenId);

    /** @return SHA-256 (lower-case hex) of the ordered token names; a different value means other token ids */
    String fingerprint();

    /** @return the padding id: after the end of a game, never a target */
    int pad();

    /** @return the beginning-of-game id, the first input of every sequence */
    int bos();

    /**
     * @param uciMoves a game prefix from the standard start position, UCI with lower-case promotion letters
     * @return the model input for that prefix, {@code [bos, tokens of move 1, tokens of move 2, ...]}
     * @throws IllegalArgumentException naming the move if one cannot be encoded
     */
    int[] encode(List<String> uciMoves);

    /**
     * @param tokenId a sampled token id
     * @return the UCI move this token completes, or empty for a special token (and, in an encoding of several
     *         tokens per move, for a token that does not end a move)
     */
    Optional<String> decode(int tokenId);

    /**
     * @param uciMoves candidate moves, e.g. the legal moves of a position
     * @return the token ids a move among them starts with: the ids to draw from under the legal-moves protocol
     * @throws IllegalArgumentException naming the move if one cannot be encoded
     */
    BitSet tokensOf(Collection<String> uciMoves);

    /** @return every token id a move may start with, legal or not: the ids to draw from under the paper's protocol */
    BitSet moveTokens();

    /**
     * @return F, the input floats per position the model reads beside each input token (see
     *         {@link #writePositionFeatures}); 0 for an encoding that gives the model the moves only (the paper's)
     */
    default int positionFeatures() {
        return 0;
    }

    /**
     * Writes what a board-aware model sees beside its input tokens: row t ({@code 0 <= t < rows}) describes the
     * position after the game's first t moves, the one in which the move after input token t (BOS is token 0) is
     * played. Rows past the game's end repeat nothing: they are zeros.
     *
     * @param uciMoves the game's moves from the standard start, UCI
     * @param rows positions to write, at most {@code uciMoves.size() + 1} of them are real
     * @param out destination, {@code [rows, positionFeatures()]} row-major from {@code offset}
     * @param offset first index written
     * @throws UnsupportedOperationException for an encoding with {@code positionFeatures() == 0}
     */
    default void writePositionFeatures(List<String> uciMoves, int rows, float[] out, int offset) {
        throw new UnsupportedOperationException(id() + " gives the model no position features");
    }

    /**
     * @return whether training scores the data's move against the position's candidate moves only (a softmax over
     *         candidates, {@link #writeCandidateMask}) instead of the whole vocabulary; such a model is played with the
     *         legal-moves protocol
     */
    default boolean scoresCandidatesOnly() {
        return false;
    }

    /**
     * Writes an additive logit mask per position: row t ({@code 0 <= t < rows}, the position after the first t moves)
     * holds 0 for the position's candidate moves and for the game's actual next move, {@code masked} elsewhere; rows
     * without a next move (from the position after the last move on) are all 0: their targets are padding, whose
     * loss is multiplied by 0 and must stay finite.
     *
     * @param uciMoves the game's moves from the standard start, UCI
     * @param rows positions to write
     * @param out destination, {@code [rows, vocabularySize()]} row-major from {@code offset}
     * @param offset first index written
     * @param masked the value of a masked logit, e.g. -1e9
     * @throws UnsupportedOperationException for an encoding that does not score candidates only
     */
    default void writeCandidateMask(List<String> uciMoves, int rows, float[] out, int offset, float masked) {
        throw new UnsupportedOperationException(id() + " scores the whole vocabulary");
    }

    /**
     * @param contextLength tokens the model reads at once, BOS included
     * @return the most plies of any game whose input fits: {@code contextLength - 1} with one token per move
     */
    int maxPlies(int contextLength);
}
