package dev.transcend.arena.generate;

import dev.transcend.arena.engine.EngineFault;
import dev.transcend.arena.game.PgnFile;
import dev.transcend.core.chess.Color;
import dev.transcend.core.game.Outcome;
import dev.transcend.core.game.Termination;
import dev.transcend.core.pgn.GameRecord;
import dev.transcend.core.pgn.MovetextError;
import dev.transcend.core.pgn.MovetextParser;
import dev.transcend.core.pgn.MovetextResult;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.core.pgn.ParsedMoves;
import dev.transcend.core.pgn.Skipped;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over every game in {@code games.pgn}, read back by core's PGN reader from its tags and
 * movetext, so that a resumed run reports the whole file, not only the games it added.
 */
final class GenerationTally {
    private final Map<Termination, Integer> terminations = new EnumMap<>(Termination.class);
    private final Map<String, Double> scores = new TreeMap<>();
    private final Map<String, Integer> games = new TreeMap<>();
    private long plies;
    private int count;
    private int engineFaults;

    /**
     * @param records everything in {@code games.pgn}, in order ({@link PgnFile#records()})
     * @param file {@code games.pgn}
     * @return counts over the finished games; a game a crash cut short at the end of the file is left out (the resume
     *         drops it)
     * @throws IOException naming the file, the game (1-based, in file order) and the tag, if a game lacks a tag this
     *                     tool writes or has a value it does not write, or a game that is not finished (no result at
     *                     the end of its movetext, or not readable as a game) has finished games after it (a file
     *                     edited by hand)
     */
    static GenerationTally of(List<GameRecord> records, Path file) throws IOException {
        GenerationTally tally = new GenerationTally();
        int lastComplete = -1;
        for (int i = 0; i < records.size(); i++) {
            lastComplete = PgnFile.isComplete(records.get(i)) ? i : lastComplete;
        }
        for (int i = 0; i < records.size(); i++) {
            GameRecord record = records.get(i);
            if (!PgnFile.isComplete(record)) {
                if (i < lastComplete) {
                    throw handEdited(file, i + 1, unfinished(record) + ", yet finished games follow it", null);
                }
                continue;
            }
            try {
                tally.add((ParsedGame) record);
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

    private void add(ParsedGame game) {
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
        String marker = game.terminationMarker().orElseThrow();
        if (!marker.equals(result)) {
            throw new IllegalArgumentException("Result '" + result + "' differs from the movetext's result '"
                    + marker + "'");
        }
        terminations.merge(termination, 1, Integer::sum);
        engineFaults += termination.isEngineFault() ? 1 : 0;
        for (Color c : Color.values()) {
            String name = tag(game, c == Color.WHITE ? "White" : "Black", "the player's name");
            scores.merge(name, outcome.scoreFor(c), Double::sum);
            games.merge(name, 1, Integer::sum);
        }
        plies += game.tag("PlyCount").map(v -> number("PlyCount", v, "a number of plies"))
                .orElseGet(() -> movetextPlies(game));
        count++;
    }

    /** @throws IllegalArgumentException naming the tag and what it should hold */
    private static String tag(ParsedGame game, String name, String expected) {
        return game.tag(name).orElseThrow(() -> new IllegalArgumentException("no " + name
                + " tag (it holds " + expected + ")"));
    }

    private static int number(String tag, String value, String expected) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(tag + " '" + value + "' is not " + expected);
        }
    }

    /** Plies of a game written before PgnWriter added {@code PlyCount}: its movetext played from the start. */
    private static int movetextPlies(ParsedGame game) {
        MovetextResult moves = MovetextParser.parse(game.movetext(), game.movetextLine());
        if (moves instanceof MovetextError error) {
            throw new IllegalArgumentException("no PlyCount tag, and the movetext cannot be played: " + error.describe());
        }
        return ((ParsedMoves) moves).plies();
    }

    /** @return why a record of the file is not a finished game, naming its line */
    private static String unfinished(GameRecord record) {
        if (record instanceof Skipped skipped) {
            return "line " + skipped.line() + " is not a game (" + skipped.reason() + ": " + skipped.detail() + ")";
        }
        return "the game at line " + record.line() + " has no result at the end of its movetext";
    }

    GenerateSummary summary(int scheduled, int resumed, int played, int engineReplays) {
        return new GenerateSummary(scheduled, resumed, played, count, count == 0 ? 0 : (double) plies / count,
                new EnumMap<>(terminations), engineFaults, engineReplays, new TreeMap<>(scores), new TreeMap<>(games));
    }
}
