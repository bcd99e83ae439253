package dev.transcend.dataprep.filter;

import dev.transcend.core.pgn.ParsedGame;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The day a game was played, from its PGN tags: {@code UTCDate} (Lichess), else {@code Date}, in the PGN form
 * {@code YYYY.MM.DD} (PGN standard, section 8.1.1.3). A date with unknown parts ({@code 2016.??.??},
 * {@code ????.??.??}) or of another form is unknown.
 */
final class GameDate {

    private GameDate() {
    }

    /** @return the game's date, or empty if neither tag holds a whole one */
    static Optional<LocalDate> of(ParsedGame game) {
        Optional<LocalDate> utc = game.tag("UTCDate").flatMap(GameDate::parse);
        return utc.isPresent() ? utc : game.tag("Date").flatMap(GameDate::parse);
    }

    /** @return the date of a {@code YYYY.MM.DD} value, or empty */
    static Optional<LocalDate> parse(String value) {
        String s = value.strip();
        if (s.length() != 10 || s.charAt(4) != '.' || s.charAt(7) != '.') {
            return Optional.empty();
        }
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9}) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)),
                    Integer.parseInt(s.substring(8, 10))));
        } catch (DateTimeException e) {
            return Optional.empty(); // 2016.02.30
        }
    }
}
