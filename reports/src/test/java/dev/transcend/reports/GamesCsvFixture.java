package dev.transcend.reports;

import dev.transcend.core.games.GameRow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Writes real {@code games.csv} files for report tests, a match (one opponent, one temperature) at a time. */
final class GamesCsvFixture {

    private final StringBuilder text = new StringBuilder(String.join(",", GameRow.HEADER)).append('\n');
    private final Map<String, Integer> nextIndex = new HashMap<>();

    /**
     * Adds {@code wins + draws + losses} games, colours alternating. Wins end by {@code winTermination}, draws at the
     * move limit, the first {@code illegalLosses} losses by NO_LEGAL_SAMPLE (5 illegal attempts each) and the rest
     * by checkmate; every other game has {@code attempts} illegal attempts.
     */
    GamesCsvFixture match(String series, String temperature, String opponent, int rating, boolean calibrated,
                          int wins, int draws, int losses, int illegalLosses, int attempts, String winTermination) {
        String key = series + "|" + temperature + "|" + opponent;
        for (int i = 0; i < wins + draws + losses; i++) {
            int index = nextIndex.merge(key, 1, Integer::sum) - 1;
            boolean white = index % 2 == 0;
            String score = i < wins ? "1" : i < wins + draws ? "0.5" : "0";
            boolean illegalLoss = i >= wins + draws && i < wins + draws + illegalLosses;
            String result = switch (score) {
                case "1" -> white ? "1-0" : "0-1";
                case "0" -> white ? "0-1" : "1-0";
                default -> "1/2-1/2";
            };
            String termination = score.equals("1") ? winTermination : score.equals("0.5") ? "MOVE_LIMIT"
                    : illegalLoss ? "NO_LEGAL_SAMPLE" : "CHECKMATE";
            text.append(String.join(",", series, temperature, opponent, Integer.toString(rating),
                    Boolean.toString(calibrated), Integer.toString(index), white ? "white" : "black", result, score,
                    termination, "60", Integer.toString(illegalLoss ? 5 : attempts), Integer.toString(7 * index),
                    "900", "")).append('\n');
        }
        return this;
    }

    Path writeTo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
