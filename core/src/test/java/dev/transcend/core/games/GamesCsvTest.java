package dev.transcend.core.games;

import dev.transcend.core.chess.Color;
import dev.transcend.core.game.Outcome;
import dev.transcend.core.game.Termination;
import dev.transcend.core.io.MalformedCsvException;
import dev.transcend.core.policy.SamplingProtocol;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GamesCsvTest {

    @TempDir
    Path dir;

    @Test
    void readsEveryColumn() throws IOException {
        Path file = new GamesFixture().game("0.001", "sf-skill1", 1554, 3, "black", "0", 7)
                .writeTo(dir.resolve("games.csv"));
        GameRow row = GamesCsv.read(file).get(0);
        assertEquals(new GameRow("tiny", OptionalInt.of(1000), SamplingProtocol.LEGAL_MOVES, 0.001, "sf-skill1", 1554, true, 3,
                Color.BLACK, Outcome.WHITE_WIN, 0.0, Termination.NO_LEGAL_SAMPLE, 41, 7, 1003, 1234,
                "note, with comma"), row);
        assertTrue(row.isIllegalMoveLoss());
        assertEquals("0.001/sf-skill1/3", row.key().toString());
    }

    @Test
    void readsWhatCommonsCsvWritesWithRfc4180CrLf() throws IOException {
        Path file = dir.resolve("games.csv");
        try (CSVPrinter printer = new CSVPrinter(Files.newBufferedWriter(file), CSVFormat.RFC4180)) {
            printer.printRecord(GameRow.HEADER);
            printer.printRecord("tiny", "", "FULL_VOCABULARY", "0.3", "sf-skill3", 1867, false, 0, "white", "1/2-1/2",
                    "0.5", "THREEFOLD_REPETITION", 88, 2, -42L, 5000L, "quote \" and, comma");
            printer.printRecord("tiny", "", "FULL_VOCABULARY", "0.3", "sf-skill3", 1867, false, 1, "black", "1-0",
                    "0", "CHECKMATE", 50, 0, 7L, 4000L, "");
        }
        List<GameRow> rows = GamesCsv.read(file);
        assertEquals(2, rows.size());
        assertEquals("quote \" and, comma", rows.get(0).detail());
        assertEquals(-42L, rows.get(0).seed());
        assertFalse(rows.get(1).opponentCalibrated());
    }

    @Test
    void emptyCapMeansUncapped() throws IOException {
        Path file = new GamesFixture().model("uniform", "", "FULL_VOCABULARY")
                .game("1", "sf-skill1", 1554, 0, "white", "0.5", 0).writeTo(dir.resolve("games.csv"));
        assertFalse(GamesCsv.read(file).get(0).cap().isPresent());
    }

    @Test
    void malformedRowNamesFileLineAndColumn() throws IOException {
        Path file = new GamesFixture()
                .game("0.1", "sf-skill1", 1554, 0, "white", "1", 0)
                .raw("tiny,1000,LEGAL_MOVES,0.1,sf-skill1,strong,true,1,white,1-0,1,CHECKMATE,41,0,5,10,")
                .writeTo(dir.resolve("games.csv"));
        MalformedCsvException e = assertThrows(MalformedCsvException.class, () -> GamesCsv.read(file));
        assertEquals(file, e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains(file + " line 3") && e.getMessage().contains("opponent_rating 'strong'"),
                e.getMessage());
    }

    @Test
    void lineNumbersCountQuotedLineBreaks() throws IOException {
        Path file = new GamesFixture()
                .raw("tiny,1000,LEGAL_MOVES,0.1,sf-skill1,1554,true,0,white,1-0,1,CHECKMATE,41,0,5,10,\"two\nlines\"")
                .raw("tiny,1000,LEGAL_MOVES,0.1,sf-skill1,1554,true,1,white,1-0,1")
                .writeTo(dir.resolve("games.csv"));
        MalformedCsvException e = assertThrows(MalformedCsvException.class, () -> GamesCsv.read(file));
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("expected 17 columns, found 11"), e.getMessage());
    }

    @Test
    void scoreThatContradictsTheResultIsRejected() throws IOException {
        Path file = new GamesFixture()
                .raw("tiny,1000,LEGAL_MOVES,0.1,sf-skill1,1554,true,0,black,1-0,1,CHECKMATE,41,0,5,10,")
                .writeTo(dir.resolve("games.csv"));
        MalformedCsvException e = assertThrows(MalformedCsvException.class, () -> GamesCsv.read(file));
        assertTrue(e.getMessage().contains("line 2: model_score 1.0 does not match result 1-0 for model_color black"),
                e.getMessage());
    }

    @Test
    void aContextFullDrawIsWrittenAndReadLikeAnyTerminationBesideRowsOfOlderFiles() throws IOException {
        Path file = new GamesFixture().game("1.0", "random", 100, 0, "white", "0.5", 0) // MOVE_LIMIT, as before
                .writeTo(dir.resolve("games.csv"));
        GameRow full = new GameRow("tiny", OptionalInt.of(1000), SamplingProtocol.LEGAL_MOVES, 1.0, "random", 100,
                true, 1, Color.BLACK, Outcome.DRAW, 0.5, Termination.CONTEXT_FULL, 17, 0, 1001, 1234,
                "context full at ply 18: model 'tiny' (tiny@step20) reads at most 15 plies");
        try (GamesCsv csv = GamesCsv.openForAppend(file)) {
            csv.append(full);
        }
        assertTrue(Files.readString(file).contains(",1/2-1/2,0.5,CONTEXT_FULL,17,"), Files.readString(file));
        List<GameRow> rows = GamesCsv.read(file);
        assertEquals(Termination.MOVE_LIMIT, rows.get(0).termination());
        assertEquals(full, rows.get(1));
        assertFalse(rows.get(1).isIllegalMoveLoss() || rows.get(1).isEngineFaultWin());
    }

    @Test
    void unknownTerminationListsTheAllowedNames() throws IOException {
        Path file = new GamesFixture()
                .raw("tiny,1000,LEGAL_MOVES,0.1,sf-skill1,1554,true,0,white,1-0,1,RESIGNED,41,0,5,10,")
                .writeTo(dir.resolve("games.csv"));
        MalformedCsvException e = assertThrows(MalformedCsvException.class, () -> GamesCsv.read(file));
        assertTrue(e.getMessage().contains("termination 'RESIGNED' is not one of [CHECKMATE"), e.getMessage());
    }

    @Test
    void wrongHeaderIsRejectedAtLineOne() throws IOException {
        Path file = dir.resolve("games.csv");
        Files.writeString(file, "model,cap\ntiny,1000\n");
        MalformedCsvException e = assertThrows(MalformedCsvException.class, () -> GamesCsv.read(file));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("header must be exactly"), e.getMessage());
    }

    @Test
    void sameGameInTwoFilesIsRejected() throws IOException {
        Path a = new GamesFixture().game("0.1", "sf-skill1", 1554, 0, "white", "1", 0).writeTo(dir.resolve("a.csv"));
        Path b = new GamesFixture().game("0.1", "sf-skill1", 1554, 1, "black", "0", 0)
                .game("0.1", "sf-skill1", 1554, 0, "white", "1", 0).writeTo(dir.resolve("b.csv"));
        MalformedCsvException e = assertThrows(MalformedCsvException.class, () -> GamesCsv.readAll(List.of(a, b)));
        assertEquals(b, e.file());
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("first at " + a + " line 2"), e.getMessage());
    }

    @Test
    void anAbsurdOpponentRatingIsRejected() throws IOException {
        Path file = new GamesFixture().game("0.1", "sf-skill1", 15540, 0, "white", "1", 0)
                .writeTo(dir.resolve("games.csv"));
        MalformedCsvException e = assertThrows(MalformedCsvException.class, () -> GamesCsv.read(file));
        assertEquals(file + " line 2: opponent_rating 15540 is not a plausible Elo; use -1000..5000 rating points",
                e.getMessage());
        Path edge = new GamesFixture().game("0.1", "x", -1000, 0, "white", "1", 0).writeTo(dir.resolve("edge.csv"));
        assertEquals(-1000, GamesCsv.read(edge).get(0).opponentRating()); // the bound itself is allowed
    }
}
