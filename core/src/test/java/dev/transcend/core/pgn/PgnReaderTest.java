package dev.transcend.core.pgn;

import dev.transcend.core.testing.Fixtures;
import dev.transcend.core.testing.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PgnReaderTest {

    static List<GameRecord> readAll(Path file) throws IOException {
        try (PgnReader reader = new PgnReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString())) {
            return drain(reader);
        }
    }

    static List<GameRecord> readText(String text) throws IOException {
        try (PgnReader reader = new PgnReader(new BufferedReader(new StringReader(text)), "inline.pgn")) {
            return drain(reader);
        }
    }

    private static List<GameRecord> drain(GameReader reader) throws IOException {
        List<GameRecord> out = new ArrayList<>();
        GameRecord record;
        while ((record = reader.next()) != null) {
            out.add(record);
        }
        return out;
    }

    static Path fixture(String name) {
        try {
            return Path.of(PgnReaderTest.class.getResource("/pgn/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Tag("real-data")
    void lichessMonthlyExportSelectionGivesSevenGamesWithAllTags() throws IOException {
        List<GameRecord> records = readAll(SharedData.file("edge-cases/lichess_db_2021-10_nasty_selection.pgn"));
        assertEquals(7, records.size());
        List<ParsedGame> games = records.stream().map(r -> assertInstanceOf(ParsedGame.class, r)).toList();
        assertEquals("Rated Blitz tournament https://lichess.org/tournament/mulhndbe", games.get(0).tag("Event").orElseThrow());
        assertEquals("0-1", games.get(0).movetext());
        assertEquals(1, games.get(0).line());
        assertEquals(19, games.get(0).movetextLine());
        assertEquals("NM", games.get(3).tag("BlackTitle").orElseThrow());
        assertEquals("15+0", games.get(6).tag("TimeControl").orElseThrow());
        assertEquals(17, games.get(0).tags().size());
    }

    @Test
    @Tag("real-data")
    void earlyExportWithoutEventTagStartsGamesAtSite() throws IOException {
        List<GameRecord> records = readAll(SharedData.file("edge-cases/lichess_export_no_event_tag_2016-05_first3.pgn"));
        assertEquals(3, records.size());
        for (GameRecord record : records) {
            ParsedGame game = assertInstanceOf(ParsedGame.class, record);
            assertFalse(game.tag("Event").isPresent());
            assertTrue(game.tag("Site").orElseThrow().startsWith("https://lichess.org/"));
        }
        assertEquals(List.of(1L, 14L, 27L), records.stream().map(GameRecord::line).toList());
    }

    @Test
    @Tag("real-data")
    void uciMovetextWithStrippedTagsGivesFiveGames() throws IOException {
        List<GameRecord> records = readAll(SharedData.file("edge-cases/lichess_2018-06_uci_movetext_stripped_tags.pgn"));
        assertEquals(5, records.size());
        ParsedGame first = assertInstanceOf(ParsedGame.class, records.get(0));
        assertEquals(2, first.tags().size());
        assertEquals("844", first.tag("WhiteElo").orElseThrow());
        ParsedGame fourth = assertInstanceOf(ParsedGame.class, records.get(3));
        assertEquals("Rated Blitz game", fourth.tag("Event").orElseThrow());
        assertTrue(fourth.movetext().contains("c7c8Q"));
    }

    @Test
    @Tag("real-data")
    void crlfFileWithTrailingSpacesGivesTwentyGamesWithCleanTags() throws IOException {
        List<GameRecord> records = readAll(SharedData.file("edge-cases/crlf_historical_no_elo_A01_first20.pgn"));
        assertEquals(20, records.size());
        ParsedGame first = assertInstanceOf(ParsedGame.class, records.get(0));
        assertEquals("Mengarini, Ariel <USA>", first.tag("White").orElseThrow());
        assertEquals("1941.??.??", first.tag("Date").orElseThrow());
        assertFalse(first.movetext().contains("\r"));
        assertFalse(first.movetext().endsWith(" "));
        assertTrue(first.tag("WhiteElo").isEmpty());
    }

    // The same reader cases on the project's own fixtures (core/src/test/resources/fixtures), run on every build.

    @Test
    void lichessStyleExportGivesSevenGamesWithAllTags() throws IOException {
        List<GameRecord> records = readText(Fixtures.text("lichess_export.pgn"));
        assertEquals(7, records.size());
        List<ParsedGame> games = records.stream().map(r -> assertInstanceOf(ParsedGame.class, r)).toList();
        assertEquals("Rated Blitz tournament https://example.org/tournament/abcd1234", games.get(0).tag("Event").orElseThrow());
        assertEquals("0-1", games.get(0).movetext());
        assertEquals(1, games.get(0).line());
        assertEquals(19, games.get(0).movetextLine());
        assertEquals("NM", games.get(3).tag("BlackTitle").orElseThrow());
        assertEquals("15+0", games.get(6).tag("TimeControl").orElseThrow());
        assertEquals(17, games.get(0).tags().size());
    }

    @Test
    void exportWithoutEventTagStartsGamesAtSite() throws IOException {
        List<GameRecord> records = readText(Fixtures.text("no_event_tag.pgn"));
        assertEquals(3, records.size());
        for (GameRecord record : records) {
            ParsedGame game = assertInstanceOf(ParsedGame.class, record);
            assertFalse(game.tag("Event").isPresent());
            assertTrue(game.tag("Site").orElseThrow().startsWith("https://example.org/"));
        }
        assertEquals(List.of(1L, 14L, 27L), records.stream().map(GameRecord::line).toList());
    }

    @Test
    void uciMovetextUnderOnlyEloTagsGivesFiveGames() throws IOException {
        List<GameRecord> records = readText(Fixtures.text("uci_stripped_tags.pgn"));
        assertEquals(5, records.size());
        ParsedGame first = assertInstanceOf(ParsedGame.class, records.get(0));
        assertEquals(2, first.tags().size());
        assertEquals("844", first.tag("WhiteElo").orElseThrow());
        ParsedGame fourth = assertInstanceOf(ParsedGame.class, records.get(3));
        assertEquals("Rated Blitz game", fourth.tag("Event").orElseThrow());
        assertTrue(fourth.movetext().contains("c7c8Q"));
    }

    @Test
    void crlfLinesWithTrailingSpacesGiveCleanTagsAndMovetext(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("crlf.pgn");
        Files.writeString(file, Fixtures.text("historical_no_elo.pgn").replace("\n", " \r\n"), StandardCharsets.UTF_8);
        assertTrue(Files.readString(file).contains("] \r\n"), "the file really has CRLF line ends after spaces");
        List<GameRecord> records = readAll(file);
        assertEquals(3, records.size());
        ParsedGame first = assertInstanceOf(ParsedGame.class, records.get(0));
        assertEquals("Mengarini, Ariel <USA>", first.tag("White").orElseThrow());
        assertEquals("1941.??.??", first.tag("Date").orElseThrow());
        assertFalse(first.movetext().contains("\r"));
        assertFalse(first.movetext().endsWith(" "));
        assertTrue(first.tag("WhiteElo").isEmpty());
        assertEquals(List.of(1L, 12L, 23L), records.stream().map(GameRecord::line).toList());
    }

    @Test
    void toleratesBomEscapesCommentsVariationsAndMissingBlankLines() throws IOException {
        List<GameRecord> records = readAll(fixture("tolerant.pgn"));
        assertEquals(5, records.size());
        records.forEach(r -> assertInstanceOf(ParsedGame.class, r));
        ParsedGame first = (ParsedGame) records.get(0);
        assertEquals(2, first.line());
        assertEquals("Casual Blitz game", first.tag("Event").orElseThrow());
        assertEquals("Player \"The Quote\" One", first.tag("White").orElseThrow());
        assertEquals(9, first.movetextLine());
        assertEquals(List.of(2L, 12L, 17L, 22L, 27L), records.stream().map(GameRecord::line).toList());
        assertEquals("1-0", ((ParsedGame) records.get(3)).movetext());
    }

    @Test
    void malformedInputIsSkippedWithReasonAndLine() throws IOException {
        List<GameRecord> records = readAll(fixture("malformed.pgn"));
        assertEquals(8, records.size());
        assertInstanceOf(ParsedGame.class, records.get(0));
        Skipped garbage = assertInstanceOf(Skipped.class, records.get(1));
        assertEquals(SkipReason.NOT_A_GAME, garbage.reason());
        assertEquals(11, garbage.line());
        assertTrue(garbage.detail().contains("This line is garbage"), garbage.detail());
        Skipped badTag = assertInstanceOf(Skipped.class, records.get(2));
        assertEquals(SkipReason.BAD_TAG, badTag.reason());
        assertEquals(14, badTag.line());
        assertTrue(badTag.file().endsWith("malformed.pgn"));
        assertInstanceOf(ParsedGame.class, records.get(3)); // its illegal move is the MovetextParser's business
        Skipped comment = assertInstanceOf(Skipped.class, records.get(4));
        assertEquals(SkipReason.UNTERMINATED_COMMENT, comment.reason());
        assertEquals(30, comment.line());
        ParsedGame next = assertInstanceOf(ParsedGame.class, records.get(5));
        assertEquals("Next game", next.tag("Event").orElseThrow());
        assertEquals(31, next.line());
    }

    @Test
    void unescapedQuotesInsideATagValueAreKept() throws IOException {
        List<GameRecord> records = readText("[Event \"The \"Big\" Open\"]\n[WhiteElo \"1000\"]\n\n1. e4 *\n");
        ParsedGame game = assertInstanceOf(ParsedGame.class, records.get(0));
        assertEquals("The \"Big\" Open", game.tag("Event").orElseThrow());
    }

    @Test
    void aRepeatedTagStartsANewGameAndTagsWithoutMovetextAreAGame() throws IOException {
        List<GameRecord> records = readText("[Event \"a\"]\n[WhiteElo \"1\"]\n[Event \"b\"]\n[WhiteElo \"2\"]\n\n"
                + "[Event \"c\"]\n\n[Event \"d\"]\n1. e4 *");
        assertEquals(List.of("a", "b", "c", "d"), records.stream()
                .map(r -> ((ParsedGame) r).tag("Event").orElseThrow()).toList());
        assertEquals("", ((ParsedGame) records.get(0)).movetext());
    }

    @Test
    void aBlankLineInsideTheTagSectionDoesNotSplitTheGame() throws IOException {
        // as some tools write it: the ratings after a blank line inside the tags (issue 9)
        List<GameRecord> records = readText("[Event \"Rated Blitz game\"]\n[White \"a\"]\n\n[WhiteElo \"1200\"]\n"
                + "[BlackElo \"1100\"]\n\n1. e4 e5 1-0\n\n[Event \"Casual Blitz game\"]\n\n[WhiteElo \"900\"]\n\n1. d4 *\n");
        assertEquals(2, records.size(), records.toString());
        ParsedGame first = assertInstanceOf(ParsedGame.class, records.get(0));
        assertEquals("Rated Blitz game", first.tag("Event").orElseThrow());
        assertEquals("1200", first.tag("WhiteElo").orElseThrow());
        assertEquals("1100", first.tag("BlackElo").orElseThrow());
        assertEquals("1. e4 e5 1-0", first.movetext());
        ParsedGame second = assertInstanceOf(ParsedGame.class, records.get(1));
        assertEquals("Casual Blitz game", second.tag("Event").orElseThrow());
        assertEquals("900", second.tag("WhiteElo").orElseThrow());
        assertEquals(9, second.line());
    }

    @Test
    void aCommentBeforeTheFirstMoveFollowedByABlankLineStaysWithItsGame() throws IOException {
        List<GameRecord> records = readText("[Event \"a\"]\n[WhiteElo \"1000\"]\n\n{ annotated by a tool }\n\n"
                + "1. e4 e5 2. Nf3 1/2-1/2\n\n[Event \"b\"]\n[WhiteElo \"1100\"]\n\n1. d4 0-1\n");
        assertEquals(2, records.size(), records.toString());
        ParsedGame first = assertInstanceOf(ParsedGame.class, records.get(0));
        assertEquals("{ annotated by a tool }\n1. e4 e5 2. Nf3 1/2-1/2", first.movetext());
        assertEquals(4, first.movetextLine());
        assertEquals("b", ((ParsedGame) records.get(1)).tag("Event").orElseThrow());
    }

    @Test
    void emptyInputHasNoGames() throws IOException {
        assertTrue(readText("").isEmpty());
        assertTrue(readText("\n\n% only an escape line\n").isEmpty());
    }
}
