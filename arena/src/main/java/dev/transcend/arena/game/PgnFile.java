package dev.transcend.arena.game;

import dev.transcend.core.io.AtomicFiles;
import dev.transcend.core.pgn.GameRecord;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.core.pgn.PgnReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * A PGN file that the arena appends to one whole game at a time, reads back with core's
 * {@link PgnReader}, and repairs on resume: a game cut short by a crash (its movetext does not end
 * with a {@link ParsedGame#terminationMarker() result}, or the reader skipped it) is dropped, so the
 * file never holds a truncated game.
 */
public final class PgnFile {

    private final Path file;

    /** @param file the PGN file; it need not exist yet */
    public PgnFile(Path file) {
        this.file = file;
    }

    /** @return the file */
    public Path path() {
        return file;
    }

    /**
     * @return everything in the file in order: games, finished or not, and what the reader skipped; empty if the
     *         file does not exist
     * @throws IOException if it cannot be read
     */
    public List<GameRecord> records() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<GameRecord> records = new ArrayList<>();
        try (PgnReader reader = new PgnReader(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.toString())) {
            for (GameRecord r = reader.next(); r != null; r = reader.next()) {
                records.add(r);
            }
        }
        return records;
    }

    /**
     * @return the finished games in the file, in order ({@link ParsedGame#toPgn()} gives each one's text); empty if
     *         the file does not exist
     * @throws IOException if it cannot be read
     */
    public List<ParsedGame> completeGames() throws IOException {
        List<ParsedGame> games = new ArrayList<>();
        for (GameRecord r : records()) {
            if (isComplete(r)) {
                games.add((ParsedGame) r);
            }
        }
        return games;
    }

    /**
     * Rewrites the file atomically with only the finished games that {@code keep} accepts, each as
     * {@link ParsedGame#toPgn()} (the text {@link PgnWriter} wrote).
     *
     * @param keep which games to keep
     * @return the games kept
     * @throws IOException if the file cannot be read or written
     */
    public List<ParsedGame> retain(Predicate<ParsedGame> keep) throws IOException {
        List<ParsedGame> kept = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (ParsedGame game : completeGames()) {
            if (keep.test(game)) {
                kept.add(game);
                text.append(game.toPgn());
            }
        }
        AtomicFiles.writeString(file, text.toString());
        return kept;
    }

    /**
     * Appends one game in a single write, so a crash leaves at most one partial game at the end.
     *
     * @param pgn one game's PGN text, ending with a blank line
     * @throws IOException if the file cannot be written
     */
    public synchronized void append(String pgn) throws IOException {
        Files.writeString(file, pgn, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /**
     * @param record one record of {@link #records()}
     * @return whether it is a finished game: read as a game, with a result at the end of its movetext
     */
    public static boolean isComplete(GameRecord record) {
        return record instanceof ParsedGame game && game.terminationMarker().isPresent();
    }
}
