package dev.transcend.core.pgn;

import dev.transcend.core.game.Outcome;
import dev.transcend.core.testing.Fixtures;
import dev.transcend.core.testing.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MovetextParserTest {

    private static ParsedMoves moves(String movetext) {
        return assertInstanceOf(ParsedMoves.class, MovetextParser.parse(movetext, 1));
    }

    private static MovetextError error(String movetext, long firstLine) {
        return assertInstanceOf(MovetextError.class, MovetextParser.parse(movetext, firstLine));
    }

    @Test
    void lichessCommentsGlyphsAndBlackMoveNumbersAreSkipped() {
        ParsedMoves parsed = moves("1. e4 { [%eval 0.24] [%clk 0:10:00] } 1... e5 { [%eval #-5] } 2. Nf3?! "
                + "{ [%clk 0:00:59] } 2... Nc6?? 3. Bb5 ?! 3... a6 $6 1-0");
        assertEquals(List.of("e2e4", "e7e5", "g1f3", "b8c6", "f1b5", "a7a6"), parsed.uci());
        assertEquals(Optional.of(Outcome.WHITE_WIN), parsed.result());
    }

    @Test
    void nestedVariationsAndSemicolonCommentsAreSkipped() {
        ParsedMoves parsed = moves("1. e4 e5 ; 2. Qh5 here is a comment\n2. Nf3 (2. Bc4 Nc6 (2... Nf6 3. d3 {x)}) "
                + "3. Qh5) 2... Nc6 *");
        assertEquals(List.of("e2e4", "e7e5", "g1f3", "b8c6"), parsed.uci());
        assertEquals(Optional.empty(), parsed.result());
    }

    @Test
    void uciTokensWithUpperCasePromotionAreNormalized() {
        ParsedMoves parsed = moves("e2e4 d7d5 e4d5 c7c6\nd5c6 g8f6 c6b7 b8d7\nb7a8Q 1-0");
        assertEquals(9, parsed.plies());
        assertEquals("b7a8q", parsed.uci().get(8));
    }

    @Test
    void sanWithoutMoveNumbersAsInTheKaggleCsv() {
        ParsedMoves parsed = moves("d4 d5 c4 c6 cxd5 e6 dxe6 fxe6 Nf3 Bb4+ Nc3 Ba5 Bf4 1-0");
        assertEquals(13, parsed.plies());
        assertEquals("b4a5", parsed.uci().get(11));
    }

    @Test
    void castlingGluedMoveNumbersAndMateSigns() {
        ParsedMoves parsed = moves("1.e4 e5 2.Nf3 Nc6 3.Bc4 Nf6 4.O-O Be7 5.d4 0-0 1/2-1/2");
        assertEquals("e1g1", parsed.uci().get(6));
        assertEquals("e8g8", parsed.uci().get(9));
        assertEquals(Optional.of(Outcome.DRAW), parsed.result());
        assertEquals(7, moves("1. e4 e5 2. Qh5 Nc6 3. Bc4 Nf6 4. Qxf7# 1-0").plies());
    }

    @Test
    void onlyAResultMeansNoMoves() {
        assertEquals(0, moves("0-1").plies());
        assertEquals(Optional.of(Outcome.BLACK_WIN), moves("0-1").result());
        assertEquals(0, moves("").plies());
    }

    @Test
    void illegalMoveIsReportedWithPlyTokenAndLine() {
        MovetextError e = error("1. e4 e5\n2. Ke3 Nf6 0-1", 23);
        assertEquals(MovetextError.Problem.ILLEGAL_MOVE, e.problem());
        assertEquals(3, e.ply());
        assertEquals("Ke3", e.token());
        assertEquals(24, e.line());
        assertEquals(MovetextError.Problem.ILLEGAL_MOVE, error("e2e4 e7e5 e1e3", 1).problem());
        assertEquals(MovetextError.Problem.ILLEGAL_MOVE, error("1. e4 e5 2. Nc3 Nc6 3. Ne2", 1).problem(), "ambiguous SAN");
    }

    @Test
    void badTokensNullMovesAndUnbalancedTextAreReported() {
        assertEquals(MovetextError.Problem.BAD_TOKEN, error("1. e4 e5 2. Nf3 @@ 0-1", 1).problem());
        assertEquals(4, error("1. e4 e5 2. Nf3 @@ 0-1", 1).ply());
        assertEquals(MovetextError.Problem.NULL_MOVE, error("1. e4 -- 2. d4", 1).problem());
        assertEquals(MovetextError.Problem.UNBALANCED_VARIATION, error("1. e4 (1. d4 d5 2. c4 e5", 1).problem());
        assertEquals(MovetextError.Problem.UNBALANCED_VARIATION, error("1. e4 ) e5", 1).problem());
        assertEquals(MovetextError.Problem.UNTERMINATED_COMMENT, error("1. e4 { no end", 1).problem());
        assertEquals(MovetextError.Problem.BAD_TOKEN, error("1. e4 } e5", 1).problem());
    }

    @Test
    @Tag("real-data")
    void nastyLichessSelectionParsesIncludingUnderpromotionToBishop() throws IOException {
        List<GameRecord> records = PgnReaderTest.readAll(SharedData.file("edge-cases/lichess_db_2021-10_nasty_selection.pgn"));
        List<Integer> plies = records.stream()
                .map(r -> moves(((ParsedGame) r).movetext()).plies()).toList();
        assertEquals(List.of(0, 1, 53, 37, 104, 59, 51), plies);
        ParsedMoves underpromotion = moves(((ParsedGame) records.get(5)).movetext());
        assertEquals("e7e8b", underpromotion.uci().get(56));
    }

    @Test
    @Tag("real-data")
    void uciEdgeCaseFileReplaysWithPromotion() throws IOException {
        List<GameRecord> records = PgnReaderTest.readAll(SharedData.file("edge-cases/lichess_2018-06_uci_movetext_stripped_tags.pgn"));
        for (GameRecord record : records) {
            ParsedMoves parsed = moves(((ParsedGame) record).movetext());
            assertTrue(parsed.plies() > 10);
            assertTrue(parsed.result().isPresent());
        }
        assertTrue(moves(((ParsedGame) records.get(3)).movetext()).uci().contains("c7c8q"));
    }

    @Test
    void lichessStyleFixtureParsesIncludingUnderpromotionsAndABlackPromotion() throws IOException {
        List<GameRecord> records = PgnReaderTest.readText(Fixtures.text("lichess_export.pgn"));
        List<Integer> plies = records.stream()
                .map(r -> moves(((ParsedGame) r).movetext()).plies()).toList();
        assertEquals(List.of(0, 1, 7, 42, 44, 42, 20), plies);
        assertEquals("e7f8b", moves(((ParsedGame) records.get(5)).movetext()).uci().get(8), "5. exf8=B");
        List<String> promotions = moves(((ParsedGame) records.get(6)).movetext()).uci();
        assertEquals("g7h8n", promotions.get(8), "5. gxh8=N");
        assertEquals("c2b1q", promotions.get(17), "9... cxb1=Q");
    }

    @Test
    void uciFixtureReplaysWithPromotion() throws IOException {
        List<GameRecord> records = PgnReaderTest.readText(Fixtures.text("uci_stripped_tags.pgn"));
        for (GameRecord record : records) {
            ParsedMoves parsed = moves(((ParsedGame) record).movetext());
            assertTrue(parsed.plies() >= 10);
            assertTrue(parsed.result().isPresent());
        }
        assertTrue(moves(((ParsedGame) records.get(3)).movetext()).uci().contains("c7c8q"));
    }
}
