package dev.transcend.dataprep.analysis;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.transcend.core.chess.PieceKind;
import dev.transcend.core.chess.Position;

import java.util.Arrays;
import java.util.Locale;

/**
 * How positions are told apart when counting the moves played from them. Both keys are FEN (Forsyth-Edwards
 * Notation) text whose en-passant field names a square only when an en-passant capture is legal there, as
 * python-chess's {@code Board.fen()} writes it (the paper's code, Zhang et al. 2024, {@code
 * analysis/dataset/action_distribution_gen.py}); otherwise {@code 1.e4 e6 2.d4} and {@code 1.d4 e6 2.e4} would
 * differ only by the square a pawn skipped.
 */
public enum PositionKey {
    /** Placement, side to move, castling rights, en passant: transpositions merge (the default). */
    POSITION,
    /**
     * The whole FEN, with the halfmove clock and the move number, as the paper's code keys its counts: the same
     * position reached by a different number of plies, or a different number of quiet plies, is another key.
     */
    FEN;

    /** @return the name on the command line and in manifests, e.g. {@code position} */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the key with this {@link #id()} */
    public static PositionKey of(String id) {
        for (PositionKey key : values()) {
            if (key.id().equals(id.strip().toLowerCase(Locale.ROOT))) {
                return key;
            }
        }
        throw new IllegalArgumentException("unknown position key '" + id + "'; allowed: position, fen");
    }

    /** @return the key of {@code position} */
    public String of(Position position) {
        String[] fields = position.fen().split(" ");
        if (!fields[3].equals("-") && !enPassantLegal(position, fields[3])) {
            fields[3] = "-";
        }
        int kept = this == POSITION ? 4 : fields.length;
        return String.join(" ", Arrays.copyOf(fields, kept));
    }

    /** @return whether a pawn of the side to move can capture en passant on {@code square} */
    private static boolean enPassantLegal(Position position, String square) {
        for (String move : position.legalMoves()) {
            if (move.startsWith(square, 2) && position.pieceAt(move.substring(0, 2))
                    .map(p -> p.kind() == PieceKind.PAWN).orElse(false)) {
                return true;
            }
        }
        return false;
    }
}
