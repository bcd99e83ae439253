package dev.transcend.dataprep.input;

import dev.transcend.core.testing.RandomGames;
import dev.transcend.core.testing.SharedData;
import dev.transcend.core.pgn.GameRecord;
import dev.transcend.core.pgn.MovetextParser;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.core.pgn.ParsedMoves;
import dev.transcend.core.pgn.SkipReason;
import dev.transcend.core.pgn.Skipped;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KaggleCsvReaderTest {

    private static final String GAMES = "raw/kaggle-datasnaek-chess/games.csv.gz";

    @Test
    @Tag("real-data")
    void rowsBecomeGamesWhoseSanReplaysToTheTurnsColumn() throws IOException {
        Path file = SharedData.file(GAMES);
        int checked = 0;
        try (GameSource source = GameSource.open(InputFile.detect(file).orElseThrow());
             Reader raw = new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(raw)) {
            Iterator<CSVRecord> rows = csv.iterator();
            ParsedGame first = assertInstanceOf(ParsedGame.class, source.next());
            CSVRecord firstRow = rows.next();
            assertEquals("Casual game", first.tag("Event").orElseThrow()); // rated FALSE
            assertEquals("https://lichess.org/TZJHLljE", first.tag("Site").orElseThrow());
            assertEquals("1-0", first.tag("Result").orElseThrow()); // winner white
            assertEquals("1500", first.tag("WhiteElo").orElseThrow());
            assertEquals("1191", first.tag("BlackElo").orElseThrow());
            assertEquals(2, first.line());
            assertEquals(firstRow.get("moves") + " 1-0", first.movetext());
            for (int i = 0; i < 300; i++) {
                ParsedGame game = assertInstanceOf(ParsedGame.class, source.next());
                CSVRecord row = rows.next();
                ParsedMoves moves = assertInstanceOf(ParsedMoves.class, MovetextParser.parse(game.movetext(), game.line()));
                assertEquals(Integer.parseInt(row.get("turns")), moves.plies(), "row at line " + game.line());
                String expected = switch (row.get("winner")) {
                    case "white" -> "1-0";
                    case "black" -> "0-1";
                    default -> "1/2-1/2";
                };
                assertEquals(expected, game.tag("Result").orElseThrow());
                checked++;
            }
        }
        assertEquals(300, checked);
    }

    @Test
    @Tag("real-data")
    void readsAllRowsOfTheRealFile() throws IOException {
        int rows = 0;
        try (GameSource source = GameSource.open(InputFile.detect(SharedData.file(GAMES)).orElseThrow())) {
            GameRecord record;
            while ((record = source.next()) != null) {
                assertInstanceOf(ParsedGame.class, record);
                rows++;
            }
        }
        assertEquals(20_058, rows);
    }

    @Test
    void aRowWithMissingColumnsIsSkippedWithItsLine() throws IOException, URISyntaxException {
        Path file = Path.of(getClass().getResource("/pgn/bad_rows.csv").toURI());
        List<GameRecord> records = new ArrayList<>();
        try (KaggleCsvReader reader = KaggleCsvReader.open(Files.newBufferedReader(file), "bad_rows.csv")) {
            GameRecord r;
            while ((r = reader.next()) != null) {
                records.add(r);
            }
        }
        assertEquals(4, records.size());
        assertEquals("1/2-1/2", ((ParsedGame) records.get(0)).tag("Result").orElseThrow());
        Skipped bad = assertInstanceOf(Skipped.class, records.get(1));
        assertEquals(SkipReason.BAD_ROW, bad.reason());
        assertEquals(3, bad.line());
        ParsedGame casual = assertInstanceOf(ParsedGame.class, records.get(2));
        assertEquals(4, casual.line());
        assertEquals("Casual game", casual.tag("Event").orElseThrow());
        assertEquals("0-1", casual.tag("Result").orElseThrow());
    }

    @Test
    void theIncrementCodeInMinutesBecomesATimeControlInSeconds() throws IOException {
        assertEquals(Optional.of("600+5"), KaggleCsvReader.timeControl("10+5"));
        assertEquals(Optional.of("0+1"), KaggleCsvReader.timeControl(" 0+1 "));
        assertEquals(Optional.empty(), KaggleCsvReader.timeControl("10"));
        assertEquals(Optional.empty(), KaggleCsvReader.timeControl("+5"));
        assertEquals(Optional.empty(), KaggleCsvReader.timeControl("ten+5"));
        try (KaggleCsvReader csv = KaggleCsvReader.open(new StringReader("rated,winner,white_rating,black_rating,"
                + "increment_code,moves\nTRUE,white,1500,1400,15+15,e4 e5\nTRUE,white,1500,1400,?,e4 e5\n"), "t.csv")) {
            assertEquals(Optional.of("900+15"), ((ParsedGame) csv.next()).tag("TimeControl"));
            assertEquals(Optional.empty(), ((ParsedGame) csv.next()).tag("TimeControl"));
        }
    }

    @Test
    void aCsvWithoutTheDatasnaekColumnsIsRejectedNamingThem() {
        IOException e = assertThrows(IOException.class,
                () -> KaggleCsvReader.open(new StringReader("id,white,black\n1,a,b\n"), "other.csv"));
        assertTrue(e.getMessage().startsWith("other.csv") && e.getMessage().contains("white_rating"), e.getMessage());
    }

    @Test
    void aChessComStyleCsvWithABlankColumnNameSaysWhatIsAccepted() {
        // a chess.com-style export: a blank header cell and repeated names once stopped the CSV library first
        IOException e = assertThrows(IOException.class, () -> KaggleCsvReader.open(new StringReader(
                ",url,pgn,time_control,end_time,rated,white,white,black\n0,https://www.chess.com/game/live/1,x,600,1,True,a,b,c\n"),
                "chesscom.csv"));
        String m = e.getMessage();
        assertTrue(m.startsWith("chesscom.csv: not a Kaggle datasnaek games CSV (missing columns [winner, white_rating,"
                + " black_rating, moves]"), m);
        assertTrue(m.contains("prepare reads PGN (.pgn, .pgn.gz, .pgn.bz2, .pgn.zst") && m.contains("convert other exports"), m);
        assertFalse(m.contains("header name is missing"), m);
    }

    /** The Kaggle shape on the project's own games: 300 seeded random walks written as datasnaek rows, gzipped. */
    @Test
    void generatedRowsBecomeGamesWhoseSanReplaysToTheTurnsColumn(@TempDir Path dir) throws IOException {
        List<RandomGames.Game> walks = RandomGames.walk(5, 300);
        Path file = dir.resolve("games.csv.gz");
        try (var out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(RandomGames.kaggleCsv(walks).getBytes(StandardCharsets.UTF_8));
        }
        int checked = 0;
        try (GameSource source = GameSource.open(InputFile.detect(file).orElseThrow());
             Reader raw = new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(raw)) {
            Iterator<CSVRecord> rows = csv.iterator();
            GameRecord record;
            while ((record = source.next()) != null) {
                ParsedGame game = assertInstanceOf(ParsedGame.class, record);
                CSVRecord row = rows.next();
                assertEquals(checked + 2L, game.line(), "a row per line after the header");
                assertEquals(row.get("rated").equals("TRUE") ? "Rated game" : "Casual game", game.tag("Event").orElseThrow());
                assertEquals("https://lichess.org/" + row.get("id"), game.tag("Site").orElseThrow());
                assertEquals(row.get("white_rating"), game.tag("WhiteElo").orElseThrow());
                assertEquals(row.get("black_rating"), game.tag("BlackElo").orElseThrow());
                ParsedMoves moves = assertInstanceOf(ParsedMoves.class, MovetextParser.parse(game.movetext(), game.line()));
                assertEquals(Integer.parseInt(row.get("turns")), moves.plies(), "row at line " + game.line());
                assertEquals(walks.get(checked).uci(), moves.uci());
                String expected = switch (row.get("winner")) {
                    case "white" -> "1-0";
                    case "black" -> "0-1";
                    default -> "1/2-1/2";
                };
                assertEquals(expected, game.tag("Result").orElseThrow());
                checked++;
            }
        }
        assertEquals(300, checked);
    }
}
