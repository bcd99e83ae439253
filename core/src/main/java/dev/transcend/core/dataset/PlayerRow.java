package dev.transcend.core.dataset;

/**
 * One player of a prepared dataset's inputs: one row of {@code players.csv} ({@link PlayersCsv}), so a report can
 * name who the model learned from and look their ratings up on a ladder.
 *
 * @param player     the name in the PGN {@code White}/{@code Black} tag (Kaggle CSV: {@code white_id}/{@code black_id})
 * @param minRating  the lowest rating tag value seen for the player (Elo, the PGN's scale), over every game with
 *                   readable ratings, kept or not
 * @param maxRating  the highest such value
 * @param gamesKept  games of the player that went into the dataset (train and validation)
 * @param gamesAboveCap games of the player dropped because {@code max(WhiteElo, BlackElo)} exceeded the cap
 */
public record PlayerRow(String player, int minRating, int maxRating, long gamesKept, long gamesAboveCap) {

    /** @throws IllegalArgumentException on a blank name, min above max, or a negative count */
    public PlayerRow {
        if (player == null || player.isBlank()) {
            throw new IllegalArgumentException("player is blank");
        }
        if (minRating > maxRating) {
            throw new IllegalArgumentException("player " + player + ": min rating " + minRating + " > max "
                    + maxRating);
        }
        if (gamesKept < 0 || gamesAboveCap < 0) {
            throw new IllegalArgumentException("player " + player + ": negative game count");
        }
    }
}
