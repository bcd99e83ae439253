package dev.transcend.dataprep.prepare;

import dev.transcend.core.dataset.PlayerRow;
import dev.transcend.core.dataset.PlayersCsv;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code players.csv}: who is in the training data, their rating tags, games kept and games dropped by the cap. */
class PreparerPlayersTest {

    private static String game(String white, String black, int whiteElo, int blackElo, String moves) {
        return "[Event \"Rated Blitz game\"]\n[White \"" + white + "\"]\n[Black \"" + black + "\"]\n[WhiteElo \""
                + whiteElo + "\"]\n[BlackElo \"" + blackElo + "\"]\n[Result \"1-0\"]\n\n" + moves + " 1-0\n\n";
    }

    @Test
    void listsEveryNamedPlayerWithRatingsKeptAndAboveCapGames(@TempDir Path dir) throws IOException {
        String pgn = game("alice", "bob", 900, 950, "1. e4 e5 2. Nf3 Nc6")
                + game("bob", "alice", 980, 910, "1. d4 d5 2. c4 e6")
                + game("alice", "carol", 920, 1400, "1. c4 e5")            // above the cap of 1000: carol is not kept
                + game("?", "bob", 700, 990, "1. g3 d5")                    // an anonymous player counts for nobody
                + game("dave", "erin", 800, 810, "1. e4 Ke7 2. Ke2");       // illegal move: dropped, not above cap
        Path input = dir.resolve("games.pgn");
        Files.writeString(input, pgn);
        Path out = dir.resolve("data");

        Preparer.run(List.of(input), PrepareSettings.withCap(1000), out, false);

        List<PlayerRow> players = PlayersCsv.read(out.resolve(PlayersCsv.FILE_NAME));
        assertEquals(List.of(
                new PlayerRow("bob", 950, 990, 3, 0),
                new PlayerRow("alice", 900, 920, 2, 1),
                new PlayerRow("carol", 1400, 1400, 0, 1),
                new PlayerRow("dave", 800, 800, 0, 0),
                new PlayerRow("erin", 810, 810, 0, 0)), players);
        String manifest = Files.readString(out.resolve(Manifest.FILE_NAME));
        assertTrue(manifest.contains("\"" + PlayersCsv.FILE_NAME + "\""), manifest);
        assertEquals(Stage.PREPARE, Manifest.readFrom(out, Stage.PREPARE).stage());
    }
}
