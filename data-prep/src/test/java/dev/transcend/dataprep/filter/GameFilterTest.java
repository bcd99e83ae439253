package dev.transcend.dataprep.filter;

import dev.transcend.core.dataset.DropReason;
import dev.transcend.core.chess.ByColor;
import dev.transcend.core.game.Outcome;
import dev.transcend.core.testing.Fixtures;
import dev.transcend.core.testing.SharedData;
import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.encoding.Encodings;
import java.io.BufferedReader;
import java.io.StringReader;
import dev.transcend.core.pgn.GameReader;
import dev.transcend.core.pgn.GameRecord;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.core.pgn.PgnReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GameFilterTest {

    private static final Encoding VOCABULARY = Encodings.standard();
    private final GameFilter cap3000 = new GameFilter(3000, 1, false, VOCABULARY);

    private static List<ParsedGame> games(String edgeCase) throws IOException {
        Path file = SharedData.file("edge-cases/" + edgeCase);
        return read(new PgnReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString()));
    }

    /** @return the games of one of core's fixtures (core/src/test/resources/fixtures) */
    private static List<ParsedGame> fixture(String name) throws IOException {
        return read(new PgnReader(new BufferedReader(new StringReader(Fixtures.text(name))), name));
    }

    private static List<ParsedGame> read(GameReader pgn) throws IOException {
        List<ParsedGame> out = new ArrayList<>();
        try (GameReader reader = pgn) {
            GameRecord r;
            while ((r = reader.next()) != null) {
                out.add(assertInstanceOf(ParsedGame.class, r));
            }
        }
        return out;
    }

    private static ParsedGame game(String movetext, String... tags) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < tags.length; i += 2) {
            map.put(tags[i], tags[i + 1]);
        }
        return new ParsedGame(map, movetext, "inline.pgn", 1, 2);
    }

    private static DropReason dropReason(Verdict verdict) {
        return assertInstanceOf(Verdict.Drop.class, verdict).reason();
    }

    @Test
    @Tag("real-data")
    void abandonedGameWithOnlyAResultHasNoMovesAndTheOthersAreKept() throws IOException {
        List<ParsedGame> games = games("lichess_db_2021-10_nasty_selection.pgn");
        Verdict abandoned = cap3000.screen(games.get(0));
        assertEquals(DropReason.NO_MOVES, dropReason(abandoned));
        assertEquals(Optional.of(new ByColor<>(1634, 1609)), abandoned.elo());
        for (ParsedGame g : games.subList(1, 7)) {
            assertInstanceOf(Verdict.Keep.class, cap3000.screen(g), () -> "game at line " + g.line());
        }
        Verdict.Keep oneMove = (Verdict.Keep) cap3000.screen(games.get(1));
        assertEquals(1, oneMove.game().plies());
        assertEquals(Optional.of(Outcome.WHITE_WIN), oneMove.game().outcome());
        Verdict.Keep underpromotion = (Verdict.Keep) cap3000.screen(games.get(5));
        assertEquals("e7e8b", VOCABULARY.tokenName(underpromotion.game().moves()[56]));
    }

    @Test
    @Tag("real-data")
    void historicalGamesWithoutEloAreDroppedForNoRating() throws IOException {
        for (ParsedGame g : games("crlf_historical_no_elo_A01_first20.pgn")) {
            Verdict.Drop drop = assertInstanceOf(Verdict.Drop.class, cap3000.screen(g));
            assertEquals(DropReason.NO_RATING, drop.reason());
            assertEquals("WhiteElo missing, BlackElo missing", drop.detail());
        }
    }

    @Test
    @Tag("real-data")
    void capAppliesToTheHigherRatingInclusive() throws IOException {
        List<ParsedGame> uci = games("lichess_2018-06_uci_movetext_stripped_tags.pgn"); // 844/800 first
        assertInstanceOf(Verdict.Keep.class, new GameFilter(844, 1, false, VOCABULARY).screen(uci.get(0)));
        assertEquals(DropReason.ABOVE_CAP, dropReason(new GameFilter(843, 1, false, VOCABULARY).screen(uci.get(0))));
        ParsedGame mixed = game("1. e4 e5 *", "WhiteElo", "1400", "BlackElo", "900");
        assertEquals(DropReason.ABOVE_CAP, dropReason(new GameFilter(1000, 1, false, VOCABULARY).screen(mixed)));
    }

    // The same cases on core's fixtures, run on every build.

    @Test
    void abandonedFixtureGameHasNoMovesAndTheOthersAreKeptIncludingUnderpromotions() throws IOException {
        List<ParsedGame> games = fixture("lichess_export.pgn");
        Verdict abandoned = cap3000.screen(games.get(0));
        assertEquals(DropReason.NO_MOVES, dropReason(abandoned));
        assertEquals(Optional.of(new ByColor<>(1634, 1609)), abandoned.elo());
        for (ParsedGame g : games.subList(1, 7)) {
            assertInstanceOf(Verdict.Keep.class, cap3000.screen(g), () -> "game at line " + g.line());
        }
        Verdict.Keep oneMove = (Verdict.Keep) cap3000.screen(games.get(1));
        assertEquals(1, oneMove.game().plies());
        assertEquals(Optional.of(Outcome.WHITE_WIN), oneMove.game().outcome());
        Verdict.Keep underpromotion = (Verdict.Keep) cap3000.screen(games.get(5));
        assertEquals("e7f8b", VOCABULARY.tokenName(underpromotion.game().moves()[8]));
        Verdict.Keep promotions = (Verdict.Keep) cap3000.screen(games.get(6));
        assertEquals("g7h8n", VOCABULARY.tokenName(promotions.game().moves()[8]));
        assertEquals("c2b1q", VOCABULARY.tokenName(promotions.game().moves()[17]));
    }

    @Test
    void fixtureGamesWithoutEloAreDroppedForNoRating() throws IOException {
        for (ParsedGame g : fixture("historical_no_elo.pgn")) {
            Verdict.Drop drop = assertInstanceOf(Verdict.Drop.class, cap3000.screen(g));
            assertEquals(DropReason.NO_RATING, drop.reason());
            assertEquals("WhiteElo missing, BlackElo missing", drop.detail());
        }
    }

    @Test
    void capAppliesToTheHigherRatingOfAUciFixtureGameInclusive() throws IOException {
        List<ParsedGame> uci = fixture("uci_stripped_tags.pgn"); // 844/800 first
        assertInstanceOf(Verdict.Keep.class, new GameFilter(844, 1, false, VOCABULARY).screen(uci.get(0)));
        assertEquals(DropReason.ABOVE_CAP, dropReason(new GameFilter(843, 1, false, VOCABULARY).screen(uci.get(0))));
    }

    @Test
    void ratingsMustBePositiveWholeNumbers() {
        // full-width, Arabic-Indic and Devanagari digits pass Character.isDigit but are not PGN ratings
        for (String bad : new String[] {"?", "", "-", "0", "15OO", "1500.5", "9999999", "\uFF18\uFF10\uFF10",
            "\u0668\u0660\u0660", "\u096E\u0966\u0966", "8\uFF10\uFF10"}) {
            ParsedGame g = game("1. e4 *", "WhiteElo", bad, "BlackElo", "1000");
            assertEquals(DropReason.NO_RATING, dropReason(cap3000.screen(g)), bad);
        }
        assertInstanceOf(Verdict.Keep.class, cap3000.screen(game("1. e4 *", "WhiteElo", " 1000 ", "BlackElo", "1000")));
    }

    @Test
    void variantsAndSetUpPositionsAreNonStandard() {
        assertEquals(DropReason.NON_STANDARD, dropReason(cap3000.screen(
                game("1. e4 *", "Variant", "Chess960", "WhiteElo", "1000", "BlackElo", "1000"))));
        assertEquals(DropReason.NON_STANDARD, dropReason(cap3000.screen(
                game("1. e4 *", "SetUp", "1", "FEN", "8/8/8/8/8/8/8/K6k w - - 0 1", "WhiteElo", "1000", "BlackElo", "1000"))));
        assertEquals(DropReason.NON_STANDARD, dropReason(cap3000.screen(game("1. e4 *", "Variant", "Atomic"))),
                "variant is checked before ratings");
        assertInstanceOf(Verdict.Keep.class, cap3000.screen(
                game("1. e4 *", "Variant", "Standard", "WhiteElo", "1000", "BlackElo", "1000")));
    }

    @Test
    void casualGamesAreDroppedOnlyWhenRatedOnly() {
        ParsedGame casual = game("1. e4 *", "Event", "Casual Blitz game", "WhiteElo", "1000", "BlackElo", "1000");
        assertInstanceOf(Verdict.Keep.class, cap3000.screen(casual));
        assertEquals(DropReason.UNRATED, dropReason(new GameFilter(3000, 1, true, VOCABULARY).screen(casual)));
    }

    @Test
    void shortGamesIllegalMovesAndBadTokens() {
        ParsedGame twoPlies = game("1. e4 e5 *", "WhiteElo", "1000", "BlackElo", "1000");
        assertEquals(DropReason.TOO_SHORT, dropReason(new GameFilter(3000, 3, false, VOCABULARY).screen(twoPlies)));
        Verdict.Drop illegal = assertInstanceOf(Verdict.Drop.class, cap3000.screen(
                game("1. e4 e5\n2. Ke3 *", "WhiteElo", "1000", "BlackElo", "1000")));
        assertEquals(DropReason.ILLEGAL_MOVE, illegal.reason());
        assertEquals(3, illegal.line());
        assertTrue(illegal.detail().contains("'Ke3' at ply 3"), illegal.detail());
        assertEquals(DropReason.MALFORMED, dropReason(cap3000.screen(
                game("1. e4 e5 2. Nf3 @@ *", "WhiteElo", "1000", "BlackElo", "1000"))));
    }

    @Test
    void resultTagWinsOverTheMovetextMarker() {
        Verdict.Keep keep = (Verdict.Keep) cap3000.screen(game("1. e4 1-0", "Result", "0-1", "WhiteElo", "1", "BlackElo", "2"));
        assertEquals(Optional.of(Outcome.BLACK_WIN), keep.game().outcome());
        Verdict.Keep noTag = (Verdict.Keep) cap3000.screen(game("1. e4 1/2-1/2", "WhiteElo", "1", "BlackElo", "2"));
        assertEquals(Optional.of(Outcome.DRAW), noTag.game().outcome());
    }
}
