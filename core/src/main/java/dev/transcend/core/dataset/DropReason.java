package dev.transcend.core.dataset;

/**
 * Why a game read from the input is not in the dataset. Every game read is either kept or dropped
 * for exactly one reason: the first check it fails, in the order of this enum's constants (tags
 * first, so a game above the cap is never replayed; duplicates last, so only games that would be
 * kept are remembered). Every check before {@link #ABOVE_CAP} reads the tags alone and does not depend on the cap, so
 * one pass can serve several caps. The names, in lower case, are the columns of {@code stats.csv}; a manifest written
 * before a reason existed reads it as 0 ({@link PrepareCounts}).
 */
public enum DropReason {
    /** The reader could not make a game of it: bad tag pair, text outside a game, bad CSV row, bad movetext token. */
    MALFORMED,
    /** A {@code Variant} tag other than {@code Standard}, or a {@code FEN} / {@code SetUp "1"} start position. */
    NON_STANDARD,
    /** {@code WhiteElo} or {@code BlackElo} missing, {@code ?}, or not a positive whole number. */
    NO_RATING,
    /** Casual game while {@code ratedOnly} is on: {@code Event} contains "Casual" (CSV: {@code rated} FALSE). */
    UNRATED,
    /** A player is a bot ({@code WhiteTitle} or {@code BlackTitle} {@code BOT}) while {@code dropBots} is on. */
    BOT,
    /**
     * The Lichess speed class of the {@code TimeControl} tag (estimated duration {@code base + 40 x increment}) is not
     * among {@code speedClasses}, or the tag is missing or unreadable while {@code speedClasses} is set.
     */
    SPEED_CLASS,
    /** The {@code Termination} tag is one of {@code dropTerminations} (by default {@code Abandoned}, {@code Rules infraction}). */
    TERMINATION,
    /**
     * The game's date ({@code UTCDate}, else {@code Date}) is outside {@code dates}, or unknown while {@code dates} is
     * set.
     */
    OUTSIDE_DATES,
    /** {@code max(WhiteElo, BlackElo) > cap}: the paper's rule (Zhang et al., 2024, section 4). */
    ABOVE_CAP,
    /** {@code min(WhiteElo, BlackElo) < floor}, when a {@code floor} is set. */
    BELOW_FLOOR,
    /** A move that is illegal or ambiguous in the position reached, or a null move. */
    ILLEGAL_MOVE,
    /** No moves at all, e.g. a game abandoned before the first move (movetext is only the result). */
    NO_MOVES,
    /** Fewer plies than {@code minPlies} (but at least one). */
    TOO_SHORT,
    /** Same moves and same ratings as a game kept earlier in this run (the raw sources overlap). */
    DUPLICATE
}
