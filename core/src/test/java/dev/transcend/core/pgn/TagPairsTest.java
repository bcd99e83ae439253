package dev.transcend.core.pgn;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TagPairsTest {

    @Test
    void formatEscapesWhatParseUnescapes() {
        assertEquals("[White \"O\\\"Kelly \\\\ 3\"]", TagPairs.format("White", "O\"Kelly \\ 3"));
        for (String value : List.of("", "plain", "say \"hi\"", "C:\\engines\\sf", "ends with \\", "\\\"", "\"",
                "  spaces kept  ", "[brackets] {braces} ; semicolon % (paren)", "Ünïcödé ½-½", "a]\"b")) {
            TagPairs.Parse parse = TagPairs.parse(TagPairs.format("Note_1", value));
            assertNull(parse.error(), value);
            assertEquals(List.of(new TagPairs.Pair("Note_1", value)), parse.pairs(), value);
        }
    }

    @Test
    void aLineBreakInAValueBecomesASpace() {
        assertEquals("[Detail \"crashed:  exit 1 code\"]", TagPairs.format("Detail", "crashed:\r\nexit 1\ncode"));
        assertEquals("a  b c", TagPairs.parse(TagPairs.format("D", "a\r\nb\nc")).pairs().get(0).value());
    }

    @Test
    void aNameNoReaderWouldFindIsRefused() {
        for (String name : List.of("", "Two words", "Quote\"", "Br]acket")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TagPairs.format(name, "v"));
            assertEquals("'" + name + "' is not a PGN tag name (letters, digits and _)", e.getMessage());
        }
    }
}
