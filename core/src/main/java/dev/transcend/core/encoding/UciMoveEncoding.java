package dev.transcend.core.encoding;

import dev.transcend.core.vocab.MoveVocabulary;

import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@code uci-move-v1}: one token per UCI move, the 1970 ids of {@link MoveVocabulary} ({@code <pad>} 0, {@code <bos>}
 * 1, then every move that can ever be legal). The model reads {@code [BOS, m1, ..., mk]} and scores the next move
 * directly, so a move is one draw. Its fingerprint is the vocabulary's, the value datasets and checkpoints written
 * before encodings were named already record.
 */
public final class UciMoveEncoding implements Encoding {

    /** The id recorded in datasets and checkpoints; files without an encoding field were written with it. */
    public static final String ID = "uci-move-v1";

    static final UciMoveEncoding INSTANCE = new UciMoveEncoding();

    private final MoveVocabulary vocabulary = MoveVocabulary.standard();
    private final BitSet moveTokens = new BitSet(vocabulary.size());

    private UciMoveEncoding() {
        moveTokens.set(MoveVocabulary.SPECIAL_TOKENS, vocabulary.size());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int vocabularySize() {
        return vocabulary.size();
    }

    @Override
    public String tokenName(int tokenId) {
        return vocabulary.token(tokenId);
    }

    @Override
    public String fingerprint() {
        return vocabulary.fingerprint();
    }

    @Override
    public int pad() {
        return MoveVocabulary.PAD;
    }

    @Override
    public int bos() {
        return MoveVocabulary.BOS;
    }

    @Override
    public int[] encode(List<String> uciMoves) {
        int[] input = new int[uciMoves.size() + 1];
        input[0] = MoveVocabulary.BOS;
        for (int i = 0; i < uciMoves.size(); i++) {
            input[i + 1] = id(uciMoves.get(i), i + 1);
        }
        return input;
    }

    @Override
    public Optional<String> decode(int tokenId) {
        return vocabulary.isMove(tokenId) ? Optional.of(vocabulary.token(tokenId)) : Optional.empty();
    }

    @Override
    public BitSet tokensOf(Collection<String> uciMoves) {
        BitSet ids = new BitSet(vocabulary.size());
        for (String move : uciMoves) {
            ids.set(id(move, 0));
        }
        return ids;
    }

    @Override
    public BitSet moveTokens() {
        return (BitSet) moveTokens.clone();
    }

    @Override
    public int maxPlies(int contextLength) {
        return contextLength - 1;
    }

    @Override
    public String toString() {
        return ID;
    }

    private int id(String move, int ply) {
        int id = vocabulary.id(move);
        if (id < 0) {
            // every legal chess move is in the vocabulary, so this is a malformed move, not a rare one
            throw new IllegalArgumentException("'" + move + "'" + (ply > 0 ? " at ply " + ply : "")
                    + " is not a UCI move of " + ID);
        }
        return id;
    }
}
