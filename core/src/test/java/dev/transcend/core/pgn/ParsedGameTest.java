package dev.transcend.core.pgn;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParsedGameTest {

    /** Two games as the arena writes them: tag lines, a blank line, wrapped movetext, a blank line. */
    private static final String FIRST = "[Event \"transcend generate\"]\n[Round \"1\"]\n[White \"a \\\"b\\\" \\\\ c\"]\n"
            + "[Black \"sf\"]\n[Result \"0-1\"]\n\n1. f3 e5 2. g4 Qh4# 0-1\n\n";
    private static final String SECOND = "[Event \"transcend generate\"]\n[Round \"2\"]\n[White \"sf\"]\n"
            + "[Black \"random\"]\n[Result \"1/2-1/2\"]\n[TerminationDetail \"stopped after move 3\"]\n\n"
            + "1. e4 e5 2. Nf3 Nc6\n3. Bb5 a6 1/2-1/2\n\n";

    private static ParsedGame game(String text) throws IOException {
        List<GameRecord> records = PgnReaderTest.readText(text);
        assertEquals(1, records.size(), text);
        return assertInstanceOf(ParsedGame.class, records.get(0));
    }

    @Test
    void theTerminationMarkerIsTheLastTokenOfTheMovetext() throws IOException {
        assertEquals(Optional.of("0-1"), game(FIRST).terminationMarker());
        assertEquals(Optional.of("1/2-1/2"), game(SECOND).terminationMarker());
        assertEquals(Optional.of("*"), game("[Event \"x\"]\n\n1. e4 *\n").terminationMarker());
        assertEquals(Optional.of("1-0"), game("[Event \"x\"]\n\n1-0").terminationMarker());
        assertEquals(Optional.empty(), game("[Event \"x\"]\n\n1. e4 e5 2.").terminationMarker());
        assertEquals(Optional.empty(), game("[Event \"x\"]\n\n1. e4 e5 1/2-1").terminationMarker());
        assertEquals(Optional.empty(), game("[Event \"x\"]\n[Result \"1-0\"]\n").terminationMarker());
        assertEquals(Optional.empty(), game("[Event \"x\"]\n\n1. e4 {won 1-0}").terminationMarker());
    }

    @Test
    void toPgnGivesBackTheTextOfAGameWrittenInExportForm() throws IOException {
        assertEquals(FIRST, game(FIRST).toPgn());
        assertEquals(SECOND, game(SECOND).toPgn());
        assertEquals("a \"b\" \\ c", game(FIRST).tag("White").orElseThrow());
    }

    @Test
    void toPgnOfAnyGameReadsBackAsTheSameGame() throws IOException {
        List<GameRecord> records = PgnReaderTest.readAll(PgnReaderTest.fixture("tolerant.pgn"));
        assertEquals(5, records.size());
        for (GameRecord record : records) {
            ParsedGame original = assertInstanceOf(ParsedGame.class, record);
            ParsedGame again = game(original.toPgn());
            assertEquals(List.copyOf(original.tags().entrySet()), List.copyOf(again.tags().entrySet()));
            assertEquals(original.movetext(), again.movetext());
            assertEquals(original.toPgn(), again.toPgn());
        }
    }

    /**
     * A crash in the middle of appending a game leaves any prefix of its text at the end of the file: cut
     * inside a tag, after a tag line, in the blank line, inside a move or before the result. Whatever the
     * reader makes of such debris (a {@link Skipped} record or a game without a termination marker), the
     * games before it are read intact and the debris never passes for a finished game.
     */
    @Test
    void aGameCutShortAtAnyCharacterNeverReadsAsFinished() throws IOException {
        ParsedGame first = game(FIRST);
        ParsedGame second = game(SECOND);
        int resultEnd = SECOND.length() - 2;
        for (int cut = 0; cut <= SECOND.length(); cut++) {
            List<GameRecord> records = PgnReaderTest.readText(FIRST + SECOND.substring(0, cut));
            String where = "cut at " + cut + ": '" + SECOND.substring(0, cut) + "'";
            assertEquals(first, records.get(0), where);
            List<GameRecord> rest = records.subList(1, records.size());
            assertTrue(rest.size() <= 1, where + " gave " + rest);
            boolean finished = rest.size() == 1 && rest.get(0) instanceof ParsedGame g
                    && g.terminationMarker().isPresent();
            assertEquals(cut >= resultEnd, finished, where + " gave " + rest);
            if (finished) {
                assertEquals(second.tags(), ((ParsedGame) rest.get(0)).tags(), where);
                assertEquals(second.movetext(), ((ParsedGame) rest.get(0)).movetext(), where);
            }
        }
    }
}
