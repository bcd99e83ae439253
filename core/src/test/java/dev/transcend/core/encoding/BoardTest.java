package dev.transcend.core.encoding;

import dev.transcend.core.chess.Position;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoardTest {

    /** Random legal games (castling, en passant and promotions happen in them): Board agrees with the rules library. */
    @Test
    void replayMatchesTheRulesLibraryOnRandomGames() {
        SplittableRandom rng = new SplittableRandom(7);
        int castles = 0;
        int promotions = 0;
        int enPassant = 0;
        for (int game = 0; game < 300; game++) {
            Position position = Position.start();
            Board board = Board.start();
            for (int ply = 0; ply < 300 && position.end().isEmpty(); ply++) {
                List<String> legal = position.legalMoves();
                String move = legal.get(rng.nextInt(legal.size()));
                String before = placement(board);
                boolean pawnDiagonalToEmpty = Board.typeOf(board.piece(square(move, 0))) == Board.PAWN
                        && move.charAt(0) != move.charAt(2) && board.piece(square(move, 2)) == 0;
                enPassant += pawnDiagonalToEmpty ? 1 : 0;
                castles += Board.typeOf(board.piece(square(move, 0))) == Board.KING
                        && Math.abs(move.charAt(0) - move.charAt(2)) == 2 ? 1 : 0;
                promotions += move.length() == 5 ? 1 : 0;
                position.play(move);
                board.apply(move);
                assertEquals(position.fen().split(" ")[0], placement(board),
                        "game " + game + " ply " + (ply + 1) + " " + move + " from " + before);
                assertEquals(position.fen().split(" ")[1].equals("w"), board.whiteToMove());
            }
        }
        assertTrue(castles > 10 && promotions > 10 && enPassant >= 2,
                "castles " + castles + ", promotions " + promotions + ", en passant " + enPassant);
    }

    /** Training scores moves among the candidates: every legal move must be one, and most candidates are legal. */
    @Test
    void candidateMovesHoldEveryLegalMove() {
        Encoding encoding = Encodings.byId(UciMoveBoardEncoding.ID);
        int v = encoding.vocabularySize();
        SplittableRandom rng = new SplittableRandom(9);
        long candidates = 0;
        long legalCount = 0;
        for (int game = 0; game < 100; game++) {
            Position position = Position.start();
            Board board = Board.start();
            for (int ply = 0; ply < 200 && position.end().isEmpty(); ply++) {
                float[] row = new float[v];
                java.util.Arrays.fill(row, -1f);
                CandidateMoves.unmask(board, row, 0);
                List<String> legal = position.legalMoves();
                for (int id : encoding.tokensOf(legal).stream().toArray()) {
                    assertEquals(0f, row[id], "game " + game + " ply " + ply + ": legal " + encoding.tokenName(id)
                            + " is no candidate in " + position.fen());
                }
                for (float x : row) {
                    candidates += x == 0f ? 1 : 0;
                }
                legalCount += legal.size();
                String move = legal.get(rng.nextInt(legal.size()));
                position.play(move);
                board.apply(move);
            }
        }
        assertTrue(legalCount > 0.85 * candidates, legalCount + " legal of " + candidates + " candidates");
    }

    @Test
    void featuresMarkPiecesRelativeToTheMoverAndAHangingPiece() {
        // 1.e4 d5: the d5 pawn is attacked by e4 and defended by the d8 queen; then 2.Nf3 Qd6 3.Ng5 Qg3: the queen
        // hangs to the f2 and h2 pawns, and d5 is no longer defended
        Board board = Board.start();
        for (String m : List.of("e2e4", "d7d5")) {
            board.apply(m);
        }
        float[] f = new float[BoardFeatures.COUNT];
        BoardFeatures.write(board, f, 0);
        int e4 = 3 * 8 + 4;
        int d5 = 4 * 8 + 3;
        assertEquals(1f, f[Board.PAWN * 64 + e4], "mover's (white's) pawn on e4");
        assertEquals(1f, f[(6 + Board.PAWN) * 64 + d5], "opponent's pawn on d5");
        assertEquals(0f, f[14 * 64 + d5], "d5 is defended by the queen and attacked by a pawn: no gain");
        assertEquals(1f, f[BoardFeatures.PLANES * 64], "white to move");
        board.apply("g1f3");
        board.apply("d8d6");
        board.apply("f3g5");
        board.apply("d6g3");
        BoardFeatures.write(board, f, 0);
        int g3 = 2 * 8 + 6;
        assertEquals(1f, f[14 * 64 + g3], "a queen attacked by a pawn and undefended: gain 9/9");
        assertEquals(0f, f[BoardFeatures.PLANES * 64 + 1], "white is not in check");
        assertEquals(1f / 9f, f[14 * 64 + d5], 1e-6, "d5 pawn attacked by e4, now undefended: gain 1/9");
    }

    private static int square(String uci, int at) {
        return (uci.charAt(at + 1) - '1') * 8 + (uci.charAt(at) - 'a');
    }

    private static String placement(Board board) {
        StringBuilder out = new StringBuilder();
        for (int rank = 7; rank >= 0; rank--) {
            int empty = 0;
            for (int file = 0; file < 8; file++) {
                int code = board.piece(rank * 8 + file);
                if (code == 0) {
                    empty++;
                    continue;
                }
                if (empty > 0) {
                    out.append(empty);
                    empty = 0;
                }
                char letter = "PNBRQK".charAt(Board.typeOf(code));
                out.append(Board.isWhite(code) ? letter : Character.toLowerCase(letter));
            }
            if (empty > 0) {
                out.append(empty);
            }
            if (rank > 0) {
                out.append('/');
            }
        }
        return out.toString();
    }
}
