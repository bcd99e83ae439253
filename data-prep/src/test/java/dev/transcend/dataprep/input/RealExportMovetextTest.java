package dev.transcend.dataprep.input;

import dev.transcend.core.game.Outcome;
import dev.transcend.core.pgn.GameRecord;
import dev.transcend.core.pgn.MovetextParser;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.core.pgn.ParsedMoves;
import dev.transcend.core.testing.RandomGames;
import dev.transcend.core.testing.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The movetext parser over a whole real Lichess export, read through {@link GameSource}. */
class RealExportMovetextTest {

    @Test
    @Tag("real-data")
    void everyGameOfTheEarlyLichessExportMatchesItsPlyCountTag() throws IOException {
        InputFile file = InputFile.detect(SharedData.file("raw/lichess-org-database-wip2017/2016-05.pgn.gz")).orElseThrow();
        assertEquals(4798, everyGameMatchesItsPlyCountTag(file));
    }

    /** The same check over 500 seeded random walks written as SAN PGN with PlyCount tags, gzipped. */
    @Test
    void everyGeneratedGameMatchesItsPlyCountTag(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("walks.pgn.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(RandomGames.pgn(RandomGames.walk(6, 500, 1, 200, 0), false).getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(500, everyGameMatchesItsPlyCountTag(InputFile.detect(gz).orElseThrow()));
    }

    /** @return the games read, each checked against its PlyCount and Result tags */
    private static int everyGameMatchesItsPlyCountTag(InputFile file) throws IOException {
        int games = 0;
        try (GameSource source = GameSource.open(file)) {
            GameRecord record;
            while ((record = source.next()) != null) {
                ParsedGame game = assertInstanceOf(ParsedGame.class, record);
                ParsedMoves parsed = assertInstanceOf(ParsedMoves.class,
                        MovetextParser.parse(game.movetext(), game.movetextLine()), () -> "game at line " + game.line());
                assertEquals(Integer.parseInt(game.tag("PlyCount").orElseThrow()), parsed.plies(),
                        "game at line " + game.line());
                assertEquals(game.tag("Result").flatMap(Outcome::fromPgn), parsed.result());
                games++;
            }
        }
        return games;
    }

}
