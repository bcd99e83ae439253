package dev.transcend.dataprep.filter;

import dev.transcend.core.dataset.DropReason;
import dev.transcend.core.chess.ByColor;
import dev.transcend.core.game.Outcome;
import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.pgn.MovetextError;
import dev.transcend.core.pgn.MovetextParser;
import dev.transcend.core.pgn.MovetextResult;
import dev.transcend.core.pgn.ParsedGame;
import dev.transcend.core.pgn.ParsedMoves;
import dev.transcend.core.dataset.TokenizedGame;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides which games enter the dataset, checking in the order of {@link DropReason}: standard
 * chess, both ratings, rated (if asked), {@code max(WhiteElo, BlackElo) <= cap} (the paper's rule,
 * Zhang et al., 2024, section 4), then the moves, replayed by {@link MovetextParser} and turned into
 * token ids by the dataset's {@link Encoding}. Duplicates are a property of the whole run and are left to
 * {@link Duplicates}. Stateless and thread-safe.
 */
public final class GameFilter {

    private final int cap;
    private final int minPlies;
    private final boolean ratedOnly;
    private final Encoding encoding;

    /**
     * @param cap highest rating (Elo) either player may have
     * @param minPlies fewest plies a kept game has, at least 1
     * @param ratedOnly drop casual games
     * @param encoding the encoding the token ids refer to
     */
    public GameFilter(int cap, int minPlies, boolean ratedOnly, Encoding encoding) {
        if (minPlies < 1) {
            throw new IllegalArgumentException("minPlies must be at least 1, got " + minPlies);
        }
        this.cap = cap;
        this.minPlies = minPlies;
        this.ratedOnly = ratedOnly;
        this.encoding = encoding;
    }

    /**
     * @param game a game as read
     * @return {@link Verdict.Keep} with the tokenized game, or {@link Verdict.Drop} with the first failed check
     */
    public Verdict screen(ParsedGame game) {
        Optional<String> nonStandard = nonStandard(game);
        if (nonStandard.isPresent()) {
            return new Verdict.Drop(DropReason.NON_STANDARD, game.line(), nonStandard.get(), Optional.empty());
        }
        Optional<Integer> white = rating(game.tag("WhiteElo"));
        Optional<Integer> black = rating(game.tag("BlackElo"));
        if (white.isEmpty() || black.isEmpty()) {
            return new Verdict.Drop(DropReason.NO_RATING, game.line(), "WhiteElo " + shown(game.tag("WhiteElo"))
                    + ", BlackElo " + shown(game.tag("BlackElo")), Optional.empty());
        }
        Optional<ByColor<Integer>> elo = Optional.of(new ByColor<>(white.get(), black.get()));
        String event = game.tag("Event").orElse("");
        if (ratedOnly && event.toLowerCase(Locale.ROOT).contains("casual")) {
            return new Verdict.Drop(DropReason.UNRATED, game.line(), "Event \"" + event + "\"", elo);
        }
        if (ByColor.max(elo.get()) > cap) {
            return new Verdict.Drop(DropReason.ABOVE_CAP, game.line(),
                    "max(WhiteElo, BlackElo) = " + ByColor.max(elo.get()) + " > cap " + cap, elo);
        }
        MovetextResult moves = MovetextParser.parse(game.movetext(), game.movetextLine());
        if (moves instanceof MovetextError error) {
            DropReason reason = switch (error.problem()) {
                case ILLEGAL_MOVE, NULL_MOVE -> DropReason.ILLEGAL_MOVE;
                case BAD_TOKEN, UNTERMINATED_COMMENT, UNBALANCED_VARIATION -> DropReason.MALFORMED;
            };
            return new Verdict.Drop(reason, error.line(), error.describe(), elo);
        }
        ParsedMoves parsed = (ParsedMoves) moves;
        if (parsed.plies() == 0) {
            return new Verdict.Drop(DropReason.NO_MOVES, game.movetextLine(), "no moves before the result", elo);
        }
        if (parsed.plies() < minPlies) {
            return new Verdict.Drop(DropReason.TOO_SHORT, game.movetextLine(),
                    parsed.plies() + " plies < minPlies " + minPlies, elo);
        }
        Optional<Outcome> outcome = game.tag("Result").flatMap(Outcome::fromPgn).or(parsed::result);
        return new Verdict.Keep(new TokenizedGame(tokens(parsed.uci()), elo.get(), outcome));
    }

    /** The game's token stream as the shards hold it: its encoding without the leading BOS. */
    private int[] tokens(List<String> uci) {
        int[] input = encoding.encode(uci); // [BOS, tokens...]; legal moves always encode
        return Arrays.copyOfRange(input, 1, input.length);
    }

    private static Optional<String> nonStandard(ParsedGame game) {
        Optional<String> variant = game.tag("Variant").map(String::strip);
        if (variant.isPresent() && !variant.get().isEmpty() && !variant.get().equalsIgnoreCase("Standard")) {
            return Optional.of("Variant \"" + variant.get() + "\"");
        }
        if (game.tag("FEN").isPresent()) {
            return Optional.of("FEN start position \"" + game.tag("FEN").get() + "\"");
        }
        if (game.tag("SetUp").map(s -> s.strip().equals("1")).orElse(false)) {
            return Optional.of("SetUp \"1\" (non-initial start position)");
        }
        return Optional.empty();
    }

    /**
     * @return the rating if the tag holds a positive whole number in ASCII digits ({@code ?}, {@code -},
     *         empty, and other scripts' digits such as full-width {@code ８００} give empty: PGN tag values
     *         are ASCII, and {@link Character#isDigit} would accept them)
     */
    static Optional<Integer> rating(Optional<String> tag) {
        if (tag.isEmpty()) {
            return Optional.empty();
        }
        String s = tag.get().strip();
        if (s.isEmpty() || s.length() > 6) {
            return Optional.empty();
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
        }
        int value = Integer.parseInt(s);
        return value > 0 ? Optional.of(value) : Optional.empty();
    }

    private static String shown(Optional<String> tag) {
        return tag.map(v -> "\"" + v + "\"").orElse("missing");
    }
}
