package dev.transcend.arena.generate;

import dev.transcend.arena.engine.EngineFault;
import dev.transcend.arena.game.PgnFile;
import dev.transcend.core.chess.Color;
import dev.transcend.core.game.Outcome;
import dev.transcend.core.game.Termination;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over every game in {@code games.pgn}, read back from its tags and movetext, so that a
 * resumed run reports the whole file, not only the games it added.
 */
final class GenerationTally {
    private final Map<Termination, Integer> terminations = new EnumMap<>(Termination.class);
    private final Map<String, Double> scores = new TreeMap<>();
    private final Map<String, Integer> games = new TreeMap<>();
    private long plies;
    private int count;
    private int engineFaults;

    /**
     * @throws IOException naming the file, the game (1-based, in file order) and the tag, if a game lacks a tag
     *                     this tool writes or has a value it does not write (a file edited by hand)
     */
    static GenerationTally of(List<String> pgnGames, Path file) throws IOException {
        GenerationTally tally = new GenerationTally();
        for (int i = 0; i < pgnGames.size(); i++) {
            try {
                tally.add(pgnGames.get(i));
            } catch (IllegalArgumentException e) {
                throw handEdited(file, i + 1, e.getMessage(), e);
            }
        }
        return tally;
    }

    /**
     * @param file {@code games.pgn}
     * @param game 1-based, in file order
     * @param problem what is wrong with the game
     * @param cause the parse error, or null
     * @return the error for a generated game whose tags were changed since it was written
     */
    static IOException handEdited(Path file, int game, String problem, Throwable cause) {
        return new IOException(file + " game " + game + ": " + problem + "; this file is written by transcend"
                + " generate and was changed since: remove that game (it is played again) or use another --out folder",
                cause);
    }

    private void add(String game) {
        String round = tag(game, "Round", "the game number");
        if (number("Round", round, "a game number (1, 2, ...)") < 1) {
            throw new IllegalArgumentException("Round '" + round + "' is not a game number (1, 2, ...)");
        }
        String reason = tag(game, "TerminationReason", "one of " + Arrays.toString(Termination.values()));
        Termination termination = Arrays.stream(Termination.values()).filter(t -> t.name().equals(reason))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("TerminationReason '" + reason
                        + "' is not one of " + Arrays.toString(Termination.values())));
        String result = tag(game, "Result", "1-0, 0-1 or 1/2-1/2");
        Outcome outcome = Outcome.fromPgn(result).orElseThrow(() -> new IllegalArgumentException("Result '"
                + result + "' is not 1-0, 0-1 or 1/2-1/2"));
        String[] movetext = game.substring(game.lastIndexOf(']') + 1).trim().split("\\s+");
        if (!movetext[movetext.length - 1].equals(result)) {
            throw new IllegalArgumentException("Result '" + result + "' differs from the movetext's result '"
                    + movetext[movetext.length - 1] + "'");
        }
        terminations.merge(termination, 1, Integer::sum);
        engineFaults += EngineFault.decided(termination) ? 1 : 0;
        for (Color c : Color.values()) {
            String name = tag(game, c == Color.WHITE ? "White" : "Black", "the player's name");
            scores.merge(name, outcome.scoreFor(c), Double::sum);
            games.merge(name, 1, Integer::sum);
        }
        plies += PgnFile.tag(game, "PlyCount").map(v -> number("PlyCount", v, "a number of plies"))
                .orElseGet(() -> movetextPlies(game));
        count++;
    }

    /** @throws IllegalArgumentException naming the tag and what it should hold */
    private static String tag(String game, String name, String expected) {
        return PgnFile.tag(game, name).orElseThrow(() -> new IllegalArgumentException("no " + name
                + " tag (it holds " + expected + ")"));
    }

    private static int number(String tag, String value, String expected) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(tag + " '" + value + "' is not " + expected);
        }
    }

    /** Plies of a game written before PgnWriter added {@code PlyCount}: SAN tokens after the tags. */
    private static int movetextPlies(String game) {
        String movetext = game.substring(game.lastIndexOf(']') + 1);
        return (int) Arrays.stream(movetext.trim().split("\\s+"))
                .filter(t -> !t.isEmpty() && !t.matches("\\d+\\.+") && Outcome.fromPgn(t).isEmpty() && !t.equals("*"))
                .count();
    }

    GenerateSummary summary(int scheduled, int resumed, int played, int engineReplays) {
        return new GenerateSummary(scheduled, resumed, played, count, count == 0 ? 0 : (double) plies / count,
                new EnumMap<>(terminations), engineFaults, engineReplays, new TreeMap<>(scores), new TreeMap<>(games));
    }
}
