package dev.transcend.arena;

import dev.transcend.core.pgn.GameRecord;
import dev.transcend.core.pgn.MovetextError;
import dev.transcend.core.pgn.MovetextParser;
import dev.transcend.core.pgn.MovetextResult;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.core.pgn.ParsedMoves;
import dev.transcend.core.pgn.PgnReader;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads PGN the arena wrote back through core's one PGN reader, as data-prep does. */
public final class PgnReadBack {

    private PgnReadBack() {
    }

    /**
     * @param pgn PGN text, e.g. one game from {@code PgnWriter}
     * @return its games
     * @throws AssertionError if the reader skipped anything
     */
    public static List<ParsedGame> games(String pgn) {
        List<ParsedGame> games = new ArrayList<>();
        try (PgnReader reader = new PgnReader(new BufferedReader(new StringReader(pgn)), "written.pgn")) {
            for (GameRecord r = reader.next(); r != null; r = reader.next()) {
                if (!(r instanceof ParsedGame game)) {
                    throw new AssertionError("the reader skipped " + r + " in\n" + pgn);
                }
                games.add(game);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return games;
    }

    /** @return the one game of {@code pgn} */
    public static ParsedGame game(String pgn) {
        List<ParsedGame> games = games(pgn);
        if (games.size() != 1) {
            throw new AssertionError(games.size() + " games in\n" + pgn);
        }
        return games.get(0);
    }

    /**
     * @param game a game read back
     * @return its moves in UCI notation, played from the start by core's {@code MovetextParser}
     * @throws AssertionError naming the first token that cannot be played
     */
    public static ParsedMoves moves(ParsedGame game) {
        MovetextResult moves = MovetextParser.parse(game.movetext(), game.movetextLine());
        if (moves instanceof MovetextError error) {
            throw new AssertionError(error.describe() + " in\n" + game.movetext());
        }
        return (ParsedMoves) moves;
    }
}
