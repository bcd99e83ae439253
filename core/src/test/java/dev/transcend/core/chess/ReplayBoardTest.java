package dev.transcend.core.chess;

import dev.transcend.core.testing.RandomGames;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Differential test, move by move: at every ply of seeded random games, {@link ReplayBoard} must accept
 * and refuse the same UCI and SAN texts as {@link Position} ({@link Position#isLegal} for UCI, which
 * {@link Position#play} applies, and {@link Position#sanToUci}), and resolve them to the same move. The
 * texts tried: every legal move in UCI and SAN, random square pairs with and without promotion letters,
 * SAN variants (over-disambiguated, without capture sign, lower-case and {@code =}-less promotions,
 * missing promotion piece, check marks, {@code e.p.}), every piece letter to random squares, and both
 * castling spellings in every position.
 */
class ReplayBoardTest {

    private static final String[] PIECES = {"", "N", "B", "R", "Q", "K"};
    private static final String[] CASTLES = {"O-O", "0-0", "O-O-O", "0-0-0", "O-O+", "0-0-0#", "O-O-O-O"};

    /** Counts of the rare move kinds that were legal somewhere in the random games, so the test proves it covered them. */
    private static final class Coverage {
        int promotions;
        int underpromotions;
        int enPassant;
        int shortCastles;
        int longCastles;
        int checks;
        int mates;
        int texts;
    }

    @Test
    void acceptsAndRefusesTheSameTextsAsPositionAtEveryPlyOfRandomGames() {
        Coverage coverage = new Coverage();
        SplittableRandom random = new SplittableRandom(20261206L);
        for (long seed = 1; seed <= 6; seed++) {
            // long uniform walks reach promotions (the pawns drift forward), checks and mates
            replayComparing(RandomGames.moves(250, seed), random, coverage);
        }
        assertTrue(coverage.promotions > 0 && coverage.underpromotions > 0, "promotions " + coverage.promotions);
        assertTrue(coverage.enPassant > 0, "en passant " + coverage.enPassant);
        assertTrue(coverage.shortCastles > 0 && coverage.longCastles > 0, "castling " + coverage.shortCastles
                + " " + coverage.longCastles);
        assertTrue(coverage.checks > 0 && coverage.mates > 0, "checks " + coverage.checks + ", mates " + coverage.mates);
        assertTrue(coverage.texts > 50_000, "texts compared: " + coverage.texts);
    }

    @Test
    void refusesMovesAfterMateAndRefusesSyntaxThatIsNotAMove() {
        ReplayBoard board = ReplayBoard.start();
        for (String move : List.of("f3", "e5", "g4")) {
            board.playSan(move);
        }
        assertEquals("d8h4", board.playSan("Qh4#"));
        assertNull(board.playSan("Kf2"));
        assertNull(board.playUci("e1f2"));
        assertNull(ReplayBoard.start().playSan("e2e4e"));
        assertNull(ReplayBoard.start().playUci("e2e4k"));
        assertNull(ReplayBoard.start().playUci("e2e4q"), "promotion letter on a move that does not promote");
        assertEquals("g1f3", ReplayBoard.start().playSan("Ng1f3"), "over-disambiguated SAN");
    }

    private static void replayComparing(List<String> game, SplittableRandom random, Coverage coverage) {
        Position position = Position.start();
        ReplayBoard board = ReplayBoard.start();
        for (String move : game) {
            List<String> legal = position.legalMoves();
            List<String> texts = new ArrayList<>();
            for (String uci : legal) {
                String san = position.san(uci);
                note(position, uci, san, coverage);
                texts.add(uci);
                texts.add(san);
                // variants of the rare moves always, of the others now and then
                if (uci.length() == 5 || san.startsWith("O") || san.endsWith("#") || random.nextInt(8) == 0) {
                    texts.add(uci.length() == 5 ? uci.substring(0, 4) + Character.toUpperCase(uci.charAt(4)) : uci + "q");
                    texts.add(uci.substring(0, 4)); // a promotion without its letter
                    texts.addAll(sanVariants(san, uci));
                }
            }
            for (int k = 0; k < 8; k++) {
                String from = square(random);
                String to = square(random);
                texts.add(from + to);
                texts.add(from + to + "qrbnQK".charAt(random.nextInt(6)));
                texts.add(PIECES[random.nextInt(PIECES.length)] + to);
                texts.add(PIECES[random.nextInt(PIECES.length)] + from.charAt(0) + "x" + to);
                texts.add(PIECES[random.nextInt(PIECES.length)] + from + to);
                texts.add(to + "=" + "QRBNqK".charAt(random.nextInt(6)));
            }
            texts.addAll(List.of(CASTLES));
            texts.addAll(List.of("--", "Z0", "", "+", "x", "Kx", "P", "Pe4", "e9", "i4", "exd", "e8=", "ee4"));
            for (String text : texts) {
                compare(position, board, text);
                coverage.texts++;
            }
            // play the game's move on both, alternating UCI and SAN input
            String played = position.ply() % 2 == 0 ? board.playUci(move) : board.playSan(position.san(move));
            assertEquals(move, played, "ply " + (position.ply() + 1) + " in " + position.fen());
            position.play(move);
        }
    }

    private static List<String> sanVariants(String san, String uci) {
        String bare = san.replace("+", "").replace("#", "");
        List<String> out = new ArrayList<>(List.of(san, bare, bare + "!?", bare + "+"));
        String from = uci.substring(0, 2);
        String to = uci.substring(2, 4);
        char first = bare.charAt(0);
        if (Character.isUpperCase(first) && first != 'O') {
            out.add(first + from + to); // over-disambiguated, no capture sign
            out.add(first + from + "x" + to);
            out.add(first + "" + from.charAt(0) + to);
            out.add(first + "" + from.charAt(1) + to);
            out.add(first + to);
            out.add(first + "x" + to);
        } else if (first != 'O') {
            out.add(bare.replace("x", ""));
            out.add(from.charAt(0) + "x" + to);
            out.add(from + to.substring(0) + (uci.length() == 5 ? "=" + uci.charAt(4) : ""));
            out.add(to + (uci.length() == 5 ? String.valueOf(uci.charAt(4)).toUpperCase() : ""));
            out.add(bare + " e.p.");
            out.add(bare + "e.p.");
            if (uci.length() == 5) {
                out.add(bare.replace("=", ""));
                out.add(bare.substring(0, bare.length() - 1) + Character.toLowerCase(bare.charAt(bare.length() - 1)));
                out.add(bare.substring(0, bare.length() - 2));
                out.add(bare.replace("=", "").substring(0, bare.length() - 2) + Character.toLowerCase(bare.charAt(bare.length() - 1)));
            }
        }
        return out;
    }

    private static void compare(Position position, ReplayBoard board, String text) {
        String where = "'" + text + "' at ply " + (position.ply() + 1) + " in " + position.fen();
        if (Uci.looksLikeUci(text)) {
            Optional<String> expected = position.isLegal(text) ? Uci.normalize(text) : Optional.empty();
            ReplayBoard copy = board.copy();
            assertEquals(expected, Optional.ofNullable(copy.playUci(text)), "UCI " + where);
        }
        ReplayBoard copy = board.copy();
        assertEquals(position.sanToUci(text), Optional.ofNullable(copy.playSan(text)), "SAN " + where);
    }

    /** Counts the rare kinds among the legal moves of each position (all of which are compared). */
    private static void note(Position position, String move, String san, Coverage coverage) {
        if (move.length() == 5) {
            coverage.promotions++;
            if (move.charAt(4) != 'q') {
                coverage.underpromotions++;
            }
        }
        if (san.startsWith("O-O-O")) {
            coverage.longCastles++;
        } else if (san.startsWith("O-O")) {
            coverage.shortCastles++;
        }
        if (san.endsWith("+")) {
            coverage.checks++;
        }
        if (san.endsWith("#")) {
            coverage.mates++;
        }
        if (position.isCapture(move) && position.pieceAt(move.substring(2, 4)).isEmpty()) {
            coverage.enPassant++;
        }
    }

    private static String square(SplittableRandom random) {
        return "" + (char) ('a' + random.nextInt(8)) + (char) ('1' + random.nextInt(8));
    }
}
