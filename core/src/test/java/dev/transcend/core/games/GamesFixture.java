package dev.transcend.core.games;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes small but real {@code games.csv} files for tests, one game per call to {@link #game}. */
public final class GamesFixture {

    private final List<String> lines = new ArrayList<>(List.of(String.join(",", GameRow.HEADER)));
    private String model = "tiny";
    private String cap = "1000";
    private String protocol = "LEGAL_MOVES";

    public GamesFixture model(String model, String cap, String protocol) {
        this.model = model;
        this.cap = cap;
        this.protocol = protocol;
        return this;
    }

    /**
     * @param score the model's score: "1", "0.5" or "0"; result and termination follow from it and the colour.
     *              Opponents whose name starts with "guess" are written as uncalibrated.
     */
    public GamesFixture game(String temperature, String opponent, int rating, int index, String color, String score,
                      int illegalAttempts) {
        boolean white = color.equals("white");
        String result = switch (score) {
            case "1" -> white ? "1-0" : "0-1";
            case "0" -> white ? "0-1" : "1-0";
            default -> "1/2-1/2";
        };
        // Five illegal samples lose a game (the paper's rule); other decisive games end in mate, draws at move 90.
        String termination = score.equals("0.5") ? "MOVE_LIMIT"
                : score.equals("0") && illegalAttempts >= 5 ? "NO_LEGAL_SAMPLE" : "CHECKMATE";
        return raw(String.join(",", model, cap, protocol, temperature, opponent, Integer.toString(rating),
                Boolean.toString(!opponent.startsWith("guess")), Integer.toString(index), color, result, score,
                termination, "41", Integer.toString(illegalAttempts), Long.toString(1000L + index), "1234",
                "\"note, with comma\""));
    }

    public GamesFixture raw(String line) {
        lines.add(line);
        return this;
    }

    public Path writeTo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }
}
