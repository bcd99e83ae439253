package dev.transcend.core.encoding;

import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * {@code uci-move-board-v1}: the tokens of {@link UciMoveEncoding} (same 1970 ids and fingerprint, so the same shards)
 * plus, beside every input token, the position in which the next move is played, as {@link BoardFeatures} (1026
 * floats: piece-square planes relative to the side to move, attacked squares, capture gains and threats). The model
 * no longer has to infer the board from the move history, which a small model on a CPU budget cannot learn (the
 * project's pilot, {@code ../shared/notes/cpu-pilot.md}: 63% legal top-1 after 35 minutes with moves only, 89% after
 * 8 minutes with the board). Training scores each move against the position's candidate moves only
 * ({@link CandidateMoves}), so no budget goes to learning which moves exist. The paper's configs keep
 * {@code uci-move-v1}.
 */
public final class UciMoveBoardEncoding implements Encoding {

    /** The id recorded in datasets and checkpoints. */
    public static final String ID = "uci-move-board-v1";

    static final UciMoveBoardEncoding INSTANCE = new UciMoveBoardEncoding();

    private final Encoding moves = UciMoveEncoding.INSTANCE;

    private UciMoveBoardEncoding() {
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public int vocabularySize() {
        return moves.vocabularySize();
    }

    @Override
    public String tokenName(int tokenId) {
        return moves.tokenName(tokenId);
    }

    @Override
    public String fingerprint() {
        return moves.fingerprint();
    }

    @Override
    public int pad() {
        return moves.pad();
    }

    @Override
    public int bos() {
        return moves.bos();
    }

    @Override
    public int[] encode(List<String> uciMoves) {
        return moves.encode(uciMoves);
    }

    @Override
    public Optional<String> decode(int tokenId) {
        return moves.decode(tokenId);
    }

    @Override
    public BitSet tokensOf(Collection<String> uciMoves) {
        return moves.tokensOf(uciMoves);
    }

    @Override
    public BitSet moveTokens() {
        return moves.moveTokens();
    }

    @Override
    public int maxPlies(int contextLength) {
        return moves.maxPlies(contextLength);
    }

    @Override
    public int positionFeatures() {
        return BoardFeatures.COUNT;
    }

    @Override
    public void writePositionFeatures(List<String> uciMoves, int rows, float[] out, int offset) {
        Board board = Board.start();
        int real = Math.min(rows, uciMoves.size() + 1);
        for (int t = 0; t < real; t++) {
            if (t > 0) {
                board.apply(uciMoves.get(t - 1));
            }
            BoardFeatures.write(board, out, offset + t * BoardFeatures.COUNT);
        }
        java.util.Arrays.fill(out, offset + real * BoardFeatures.COUNT, offset + rows * BoardFeatures.COUNT, 0f);
    }

    @Override
    public boolean scoresCandidatesOnly() {
        return true;
    }

    @Override
    public void writeCandidateMask(List<String> uciMoves, int rows, float[] out, int offset, float masked) {
        int v = vocabularySize();
        Board board = Board.start();
        int real = Math.min(rows, uciMoves.size()); // a row without a next move has a padding target: left 0
        for (int t = 0; t < real; t++) {
            if (t > 0) {
                board.apply(uciMoves.get(t - 1));
            }
            int row = offset + t * v;
            java.util.Arrays.fill(out, row, row + v, masked);
            CandidateMoves.unmask(board, out, row);
            out[row + encode(uciMoves.subList(t, t + 1))[1]] = 0f;
        }
        java.util.Arrays.fill(out, offset + real * v, offset + rows * v, 0f);
    }

    @Override
    public String toString() {
        return ID;
    }
}
