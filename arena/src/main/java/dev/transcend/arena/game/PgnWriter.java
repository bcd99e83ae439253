package dev.transcend.arena.game;

import dev.transcend.core.chess.Color;
import dev.transcend.core.chess.Position;
import dev.transcend.core.game.Termination;
import dev.transcend.core.pgn.TagPairs;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Writes a {@link PlayedGame} as PGN in the shape of a Lichess export, so that transcend's own PGN
 * reader (core's {@code PgnReader}, which gives back the same tags and, through {@code MovetextParser},
 * the same moves) and Lichess-style tools (pgn-extract, python-chess) read it: the Seven Tag Roster, then
 * {@code UTCDate}, {@code UTCTime}, {@code WhiteElo}, {@code BlackElo}, {@code TimeControl "-"}
 * (no clock) and {@code Termination} with Lichess's words, then custom tags; SAN movetext with move
 * numbers, wrapped at 80 columns, ending with the result and a blank line. Tag values are escaped by core's
 * {@link TagPairs#format} ({@code \"}, {@code \\}; a line break becomes a space).
 *
 * <p>Custom tags always written: {@code TerminationReason} (the exact {@link Termination} name),
 * {@code Seed}, {@code TerminationDetail} when the result has a detail, and {@code EngineReplays} (how often the
 * game was played again after an engine crash or stall, see {@link GameRunner}) when it was. Callers add their own
 * (e.g. {@code Temperature}, {@code Protocol}, {@code IllegalAttempts}, {@code GameKey}).
 */
public final class PgnWriter {

    private static final int WIDTH = 80;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy.MM.dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    private PgnWriter() {
    }

    /**
     * @param game the game
     * @param event the {@code Event} tag, e.g. {@code transcend play}
     * @param round the {@code Round} tag, e.g. a 1-based game number
     * @param customTags further tags in order, written after the standard ones
     * @return the game as PGN text, ending with a blank line
     * @throws IllegalArgumentException if a move is illegal (a {@link PlayedGame} from {@link GameRunner} never has one),
     *                                  or a custom tag name is not letters, digits and {@code _}
     */
    public static String format(PlayedGame game, String event, String round, Map<String, String> customTags) {
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("Event", event);
        tags.put("Site", "transcend");
        tags.put("Date", DATE.format(game.startedAt()));
        tags.put("Round", round);
        tags.put("White", game.players().white());
        tags.put("Black", game.players().black());
        tags.put("Result", game.result().outcome().pgn());
        tags.put("UTCDate", DATE.format(game.startedAt()));
        tags.put("UTCTime", TIME.format(game.startedAt()));
        tags.put("WhiteElo", elo(game.ratings().get(Color.WHITE)));
        tags.put("BlackElo", elo(game.ratings().get(Color.BLACK)));
        tags.put("TimeControl", "-");
        tags.put("Termination", lichessTermination(game.result().termination()));
        tags.put("TerminationReason", game.result().termination().name());
        tags.put("PlyCount", Integer.toString(game.plies()));
        if (!game.result().detail().isEmpty()) {
            tags.put("TerminationDetail", game.result().detail());
        }
        tags.put("Seed", Long.toString(game.seed()));
        if (!game.engineReplays().isEmpty()) {
            tags.put("EngineReplays", Integer.toString(game.engineReplays().size()));
        }
        tags.putAll(customTags);

        StringBuilder out = new StringBuilder();
        tags.forEach((name, value) -> out.append(TagPairs.format(name, value)).append('\n'));
        out.append('\n');
        appendMovetext(out, game);
        return out.append("\n\n").toString();
    }

    /**
     * Lichess's {@code Termination} words: {@code Normal} for an end by the rules, {@code Rules infraction}
     * for an illegal move or no legal sample, {@code Time forfeit} for a stalled engine, {@code Abandoned}
     * for a crashed one, and the PGN standard's {@code Adjudication} for the move limit and a full context.
     */
    static String lichessTermination(Termination termination) {
        if (termination.isByRules()) {
            return "Normal";
        }
        return switch (termination) {
            case MOVE_LIMIT, CONTEXT_FULL, ADJUDICATED -> "Adjudication";
            case ENGINE_TIMEOUT -> "Time forfeit";
            case ENGINE_CRASH -> "Abandoned";
            default -> "Rules infraction";
        };
    }

    private static void appendMovetext(StringBuilder out, PlayedGame game) {
        Position position = Position.start();
        int lineStart = out.length();
        for (int ply = 0; ply < game.movesUci().size(); ply++) {
            String move = game.movesUci().get(ply);
            String token = (ply % 2 == 0 ? (ply / 2 + 1) + ". " : "") + position.san(move);
            lineStart = appendToken(out, token, lineStart);
            position.play(move);
        }
        appendToken(out, game.result().outcome().pgn(), lineStart);
    }

    /** Appends a token, breaking the line before it would pass {@link #WIDTH} columns; returns the line start. */
    private static int appendToken(StringBuilder out, String token, int lineStart) {
        if (out.length() > lineStart) {
            if (out.length() - lineStart + 1 + token.length() > WIDTH) {
                out.append('\n');
                lineStart = out.length();
            } else {
                out.append(' ');
            }
        }
        out.append(token);
        return lineStart;
    }

    private static String elo(OptionalInt rating) {
        return rating.isPresent() ? Integer.toString(rating.getAsInt()) : "?";
    }
}
