package dev.transcend.arena.game;

import dev.transcend.core.io.AtomicFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PGN file that the arena appends to one whole game at a time, and repairs on resume: a game cut
 * short by a crash (no result token at the end of its movetext) is dropped, so the file never holds
 * a truncated game.
 */
public final class PgnFile {

    private static final Pattern GAME_START = Pattern.compile("(?m)^(?=\\[Event )");
    private static final Pattern RESULT_AT_END = Pattern.compile("(1-0|0-1|1/2-1/2|\\*)\\s*$");

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
     * @return the complete games in the file, each as its PGN text ending with a blank line; empty if
     *         the file does not exist
     * @throws IOException if it cannot be read
     */
    public List<String> completeGames() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> games = new ArrayList<>();
        for (String block : GAME_START.split(text)) {
            String trimmed = block.strip();
            if (!trimmed.isEmpty() && isComplete(trimmed)) {
                games.add(trimmed + "\n\n");
            }
        }
        return games;
    }

    /**
     * Rewrites the file atomically with only the complete games that {@code keep} accepts.
     *
     * @param keep which games to keep, given their PGN text
     * @return the games kept
     * @throws IOException if the file cannot be read or written
     */
    public List<String> retain(Predicate<String> keep) throws IOException {
        List<String> kept = new ArrayList<>();
        for (String game : completeGames()) {
            if (keep.test(game)) {
                kept.add(game);
            }
        }
        AtomicFiles.writeString(file, String.join("", kept));
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
     * @param game one game's PGN text
     * @param tag a tag name such as {@code Round}
     * @return the tag's value (unescaped), if the game has the tag
     */
    public static Optional<String> tag(String game, String tag) {
        Matcher m = Pattern.compile("(?m)^\\[" + Pattern.quote(tag) + " \"((?:[^\"\\\\]|\\\\.)*)\"\\]").matcher(game);
        return m.find() ? Optional.of(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\")) : Optional.empty();
    }

    /** A game is complete when its movetext (after the tag section) ends with a result token. */
    private static boolean isComplete(String block) {
        int movetext = block.indexOf("\n\n");
        return movetext >= 0 && RESULT_AT_END.matcher(block.substring(movetext)).find();
    }
}
