package dev.transcend.core.ladder;

/**
 * One calibration game as the ladder fit sees it: who had which colour and what White scored.
 *
 * @param white      White's player name
 * @param black      Black's player name
 * @param whiteScore White's points: 1, 0.5 or 0
 */
public record LadderGame(String white, String black, double whiteScore) {

    /** @throws IllegalArgumentException on a player playing itself or a score other than 0, 0.5, 1 */
    public LadderGame {
        if (white.equals(black)) {
            throw new IllegalArgumentException(white + " plays itself");
        }
        if (whiteScore != 0 && whiteScore != 0.5 && whiteScore != 1) {
            throw new IllegalArgumentException("score " + whiteScore + " is not 0, 0.5 or 1");
        }
    }
}
