package dev.transcend.dataprep.filter;

import dev.transcend.core.pgn.ParsedGame;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GameIdTest {

    @Test
    void readsTheGameIdTagElseALichessSiteUrl() {
        assertEquals(Optional.of("lichess:Xy12Ab34"), GameId.of(game(Map.of("GameId", "Xy12Ab34"))));
        assertEquals(Optional.of("lichess:Xy12Ab34"), GameId.of(game(Map.of("Site", "https://lichess.org/Xy12Ab34"))));
        assertEquals(Optional.of("lichess:Xy12Ab34"), GameId.of(game(Map.of("Site", "https://lichess.org/Xy12Ab34/black"))));
        assertEquals(Optional.of("lichess:Xy12Ab34"), GameId.of(game(Map.of("Site", "http://lichess.org/Xy12Ab34#40"))));
        assertEquals(Optional.of("lichess:Q1w2E3r4"),
                GameId.of(game(Map.of("GameId", "Q1w2E3r4", "Site", "https://lichess.org/Xy12Ab34"))), "the tag wins");
    }

    @Test
    void noIdWithoutOne() {
        assertEquals(Optional.empty(), GameId.of(game(Map.of())));
        assertEquals(Optional.empty(), GameId.of(game(Map.of("Site", "?"))));
        assertEquals(Optional.empty(), GameId.of(game(Map.of("Site", "Chess.com"))));
        assertEquals(Optional.empty(), GameId.of(game(Map.of("Site", "https://lichess.org/tournament/abc"))));
        assertEquals(Optional.empty(), GameId.of(game(Map.of("Site", "https://lichess.org/Xy12Ab"))), "too short");
        assertEquals(Optional.empty(), GameId.of(game(Map.of("GameId", " "))));
        assertEquals(Optional.empty(), GameId.of(game(Map.of("Site", "https://lichess.org/training/12345"))));
    }

    private static ParsedGame game(Map<String, String> tags) {
        return new ParsedGame(new LinkedHashMap<>(tags), "1. e4 *", "inline.pgn", 1, 1);
    }
}
