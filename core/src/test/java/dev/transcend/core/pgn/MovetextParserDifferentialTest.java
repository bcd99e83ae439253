package dev.transcend.core.pgn;

import dev.transcend.core.testing.RandomGames;
import dev.transcend.core.testing.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link MovetextParser} (replaying on {@code ReplayBoard}) against {@link ReferenceMovetextParser} (the former
 * parser, replaying on {@code Position}): the same moves, result or first error for seeded random games in SAN
 * and UCI, for crafted illegal, ambiguous and odd movetexts, and for every game of the real data.
 */
class MovetextParserDifferentialTest {

    /** Movetexts that must fail, or pass, the same way in both parsers. */
    private static final List<String> CRAFTED = List.of(
            "1. e4 e5 2. Nc3 Nc6 3. Ne2", // ambiguous knight
            "1. e4 e5 2. Ngе2", // Cyrillic letter
            "1. e4 e5 2. Ke3", "1. e4 e5 2. Ke2 Ke7 3. O-O", "1. Nf3 d5 2. g3 c5 3. Bg2 Nc6 4. O-O e5 5. d3 Be7 6. 0-0",
            "1. e4 d5 2. exd5 Qxd5 3. Nc3 Qa5 4. d4 Nf6 5. Nf3 Bf5 6. Bc4 e6 7. Bd2 c6 8. Qe2 Bb4 9. O-O-O Nbd7",
            "1. e4 -- 2. d4", "1. e4 Z0", "e2e4 e7e5 e1e3", "e2e4 e7e5 e2e4", "e2e4 d7d5 e4d5 c7c6 d5c6 g8f6 c6b7 b8d7 b7a8",
            "e2e4 d7d5 e4d5 c7c6 d5c6 g8f6 c6b7 b8d7 b7a8K", "e2e4 d7d5 e4d5 c7c6 d5c6 g8f6 c6b7 b8d7 b7a8n 1-0",
            "1. e4 e6 2. e5 d5 3. exd6 e.p. 1-0", "1. e4 e6 2. e5 d5 3. exd6e.p. 1-0", "1. e4 e6 2. e5 d5 3. exd6",
            "1. e4 e6 2. e5 d5 3. ed6 Bxd6", "1. e4 e6 2. e5 f5 3. exd6", "1. e4 e6 2. e5 d5 3. d6",
            "1. Ng1f3 Ng8-f6 2. Nb1xc3", "1. Nb1c3 d5 2. Nc3xd5", "1. N1f3", "1. Nbf3", "1. Pe4", "1. e2-e4 e7-e5",
            "1. e4 e5 2. Qh5 Nc6 3. Bc4 Nf6 4. Qxf7# Ke7", "1. f3 e5 2. g4 Qh4# 3. a3",
            "1. e4 e5 2. Nf3 Nc6 3. Bc4 Nf6 4. Kf1 Bc5 5. Kg1 d6 6. Kh1", "1. e4 e5 2. Nf3 Nc6 3. Bc4 Nf6 4. Kg1",
            "1. d4 e5 2. dxe5 f6 3. exf6 g6 4. fxg7 h6 5. gxh8=Q", "1. d4 e5 2. dxe5 f6 3. exf6 g6 4. fxg7 h6 5. gxh8",
            "1. d4 e5 2. dxe5 f6 3. exf6 g6 4. fxg7 h6 5. gxh8N", "1. d4 e5 2. dxe5 f6 3. exf6 g6 4. fxg7 h6 5. gxh8=n",
            "1. d4 e5 2. dxe5 f6 3. exf6 g6 4. fxg7 h6 5. gxh8n", "1. d4 e5 2. dxe5 f6 3. exf6 g6 4. fxg7 h6 5. gxh8=K",
            "1. d4 e5 2. dxe5 f6 3. exf6 g6 4. fxg7 h6 5. gh8=R+", "1. d4 e5 2. dxe5 f6 3. exf6 g6 4. fxg7 h6 5. g8=Q",
            "1. e4=Q", "1. e4 e5 2. d4 exd4 3. c3 dxc3 4. Nxc3", "1. O-O", "1. 0-0-0", "1. e4 e5 2. Bc4 Bc5 3. Nf3 Nf6 4. Ke1g1",
            "1. e4 (1. d4 d5) e5 {comment} 2. Nf3 $1 Nc6?! 3. Bb5!! a6 1/2-1/2", "1. e4 e5 2. ?? Nf3", "1. e4 @@ ",
            "1... e5", "1. e4 e5 2. Nf3 Nc6 3. Bb5 a6 4. Bxc6 dxc6 5. O-O f6 6. d4 Bg4 7. dxe5 Qxd1 8. Rxd1 fxe5 9. Rd3 O-O-O");

    @Test
    void randomGamesInSanAndUciGiveTheSameMovesAndResults() {
        List<RandomGames.Game> games = RandomGames.walk(7, 100, 10, 250, 0.3);
        int compared = 0;
        for (RandomGames.Game game : games) {
            String result = " " + game.result();
            String san = RandomGames.san(game.uci()) + result;
            String uci = String.join(" ", game.uci()) + result;
            assertEquals(new ParsedMoves(game.uci(), game.outcome()), MovetextParser.parse(san, 1), san);
            assertSame(san);
            assertSame(uci);
            // cut the game short and make its last move illegal by playing it twice
            String repeated = String.join(" ", game.uci().subList(0, game.uci().size() / 2))
                    + " " + game.uci().get(game.uci().size() / 2 - 1);
            assertSame(repeated);
            compared += 3;
        }
        assertEquals(300, compared);
    }

    @Test
    void craftedIllegalAmbiguousAndOddMovetextsGiveTheSameResult() {
        for (String movetext : CRAFTED) {
            assertSame(movetext);
        }
    }

    @Test
    @Tag("real-data")
    void everyGameOfTheRealDataGivesTheSameResult() throws IOException {
        Path data = SharedData.dir();
        int games = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(data)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.(pgn|pgn\\.gz|csv\\.gz)"))
                    .sorted().toList();
        }
        for (Path file : files) {
            if (file.toString().endsWith(".csv.gz")) {
                games += compareKaggleCsv(file);
                continue;
            }
            try (PgnReader reader = new PgnReader(open(file), file.toString())) {
                GameRecord record;
                while ((record = reader.next()) != null) {
                    if (record instanceof ParsedGame game) {
                        assertEquals(ReferenceMovetextParser.parse(game.movetext(), game.movetextLine()),
                                MovetextParser.parse(game.movetext(), game.movetextLine()), file + " line " + game.line());
                        games++;
                    }
                }
            }
        }
        assertTrue(games > 50_000, "games compared: " + games);
    }

    /** The Kaggle CSV's {@code moves} column (the 13th; no quoted field comes before it): SAN without move numbers. */
    private static int compareKaggleCsv(Path file) throws IOException {
        int games = 0;
        try (BufferedReader in = open(file)) {
            in.readLine();
            String row;
            while ((row = in.readLine()) != null) {
                String moves = row.split(",", 14)[12];
                assertEquals(ReferenceMovetextParser.parse(moves, 1), MovetextParser.parse(moves, 1), file + ": " + row);
                games++;
            }
        }
        return games;
    }

    private static void assertSame(String movetext) {
        assertEquals(ReferenceMovetextParser.parse(movetext, 1), MovetextParser.parse(movetext, 1), movetext);
    }

    private static BufferedReader open(Path file) throws IOException {
        var in = Files.newInputStream(file);
        return new BufferedReader(new InputStreamReader(file.toString().endsWith(".gz") ? new GZIPInputStream(in) : in,
                StandardCharsets.UTF_8));
    }
}
