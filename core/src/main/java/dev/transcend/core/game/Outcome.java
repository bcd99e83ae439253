package dev.transcend.core.game;

import dev.transcend.core.chess.Color;

import java.util.Optional;

/** The result of a finished game, as in a PGN {@code Result} tag. */
public enum Outcome {
    WHITE_WIN("1-0"),
    BLACK_WIN("0-1"),
    DRAW("1/2-1/2");

    private final String pgn;

    Outcome(String pgn) {
        this.pgn = pgn;
    }

    /** @return the PGN result token: {@code 1-0}, {@code 0-1} or {@code 1/2-1/2} */
    public String pgn() {
        return pgn;
    }

    /** @return the score of {@code color}: 1 for a win, 0.5 for a draw, 0 for a loss */
    public double scoreFor(Color color) {
        return switch (this) {
            case DRAW -> 0.5;
            case WHITE_WIN -> color == Color.WHITE ? 1.0 : 0.0;
            case BLACK_WIN -> color == Color.BLACK ? 1.0 : 0.0;
        };
    }

    /** @return the outcome in which {@code color} wins */
    public static Outcome winFor(Color color) {
        return color == Color.WHITE ? WHITE_WIN : BLACK_WIN;
    }

    /**
     * @param token a PGN result token; {@code *} (unfinished) and anything else give empty
     * @return the outcome
     */
    public static Optional<Outcome> fromPgn(String token) {
        for (Outcome o : values()) {
            if (o.pgn.equals(token)) {
                return Optional.of(o);
            }
        }
        if ("½-½".equals(token)) {
            return Optional.of(DRAW);
        }
        return Optional.empty();
    }
}
