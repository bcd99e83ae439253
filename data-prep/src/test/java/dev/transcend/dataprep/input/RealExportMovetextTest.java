package dev.transcend.dataprep.input;

import dev.transcend.core.game.Outcome;
import dev.transcend.core.pgn.GameRecord;
import dev.transcend.core.pgn.MovetextParser;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.core.pgn.ParsedMoves;
import dev.transcend.core.testing.SharedData;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The movetext parser over a whole real Lichess export, read through {@link GameSource}. */
class RealExportMovetextTest {

    @Test
    void everyGameOfTheEarlyLichessExportMatchesItsPlyCountTag() throws IOException {
        InputFile file = InputFile.detect(SharedData.file("raw/lichess-org-database-wip2017/2016-05.pgn.gz")).orElseThrow();
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
        assertEquals(4798, games);
    }

}
