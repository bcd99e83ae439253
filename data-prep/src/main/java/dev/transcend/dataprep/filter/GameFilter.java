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

import dev.transcend.core.pgn.SpeedClass;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides which games enter the dataset, checking in the order of {@link DropReason}: the tags first (standard
 * chess, both ratings, rated if asked, no bot, the speed class, the termination, the date), then
 * {@code max(WhiteElo, BlackElo) <= cap} (the paper's rule, Zhang et al., 2024, section 4) and the floor, then the
 * moves, replayed by {@link MovetextParser} and turned into token ids by the dataset's {@link Encoding}. Duplicates
 * are a property of the whole run and are left to {@link Duplicates}. Stateless and thread-safe.
 *
 * <p>One pass serves several caps: screen with the highest, then {@link #atCap} gives each lower cap's verdict
 * without replaying again, the same verdict a filter with that cap would give.
 */
public final class GameFilter {

    private final FilterRules rules;
    private final Encoding encoding;
    private final LocalDate from;
    private final LocalDate to;
    private final String speedKeys;

    /**
     * @param rules the checks
     * @param encoding the encoding the token ids refer to
     */
    public GameFilter(FilterRules rules, Encoding encoding) {
        this.rules = rules;
        this.encoding = encoding;
        this.from = rules.dates() == null || rules.dates().from() == null ? null : LocalDate.parse(rules.dates().from());
        this.to = rules.dates() == null || rules.dates().to() == null ? null : LocalDate.parse(rules.dates().to());
        this.speedKeys = rules.speedClasses() == null ? "" : Arrays.stream(SpeedClass.values())
                .filter(rules.speedClasses()::contains).map(SpeedClass::key).toList().toString();
    }

    /**
     * A filter with the cap, plies and rated checks only (no floor, bot, speed, termination or date check).
     *
     * @param cap highest rating (Elo) either player may have
     * @param minPlies fewest plies a kept game has, at least 1
     * @param ratedOnly drop casual games
     * @param encoding the encoding the token ids refer to
     */
    public GameFilter(int cap, int minPlies, boolean ratedOnly, Encoding encoding) {
        this(FilterRules.of(cap, minPlies, ratedOnly), encoding);
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
        Optional<Verdict.Drop> byTags = tagChecks(game, elo);
        if (byTags.isPresent()) {
            return byTags.get();
        }
        if (ByColor.max(elo.get()) > rules.cap()) {
            return aboveCap(game, elo, rules.cap());
        }
        int low = Math.min(white.get(), black.get());
        if (rules.floor() != null && low < rules.floor()) {
            return new Verdict.Drop(DropReason.BELOW_FLOOR, game.line(),
                    "min(WhiteElo, BlackElo) = " + low + " < floor " + rules.floor(), elo);
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
        if (parsed.plies() < rules.minPlies()) {
            return new Verdict.Drop(DropReason.TOO_SHORT, game.movetextLine(),
                    parsed.plies() + " plies < minPlies " + rules.minPlies(), elo);
        }
        Optional<Outcome> outcome = game.tag("Result").flatMap(Outcome::fromPgn).or(parsed::result);
        return new Verdict.Keep(new TokenizedGame(tokens(parsed.uci()), elo.get(), outcome));
    }

    /**
     * The verdict of a filter with these rules but a lower cap, from this filter's verdict: a check before the cap
     * stands; else a game above {@code cap} is {@link DropReason#ABOVE_CAP} (with the detail that filter would write);
     * else the floor and the moves decide as they did here, for they do not depend on the cap.
     *
     * @param game the game {@code shared} was given for
     * @param shared {@link #screen}'s verdict on it
     * @param cap a cap at most this filter's
     * @return the verdict a filter with {@code cap} would give
     */
    public Verdict atCap(ParsedGame game, Verdict shared, int cap) {
        if (cap > rules.cap()) {
            throw new IllegalArgumentException("cap " + cap + " is above the screening cap " + rules.cap());
        }
        if (shared.elo().isEmpty() || shared instanceof Verdict.Drop drop && decidedByTags(drop.reason())
                || ByColor.max(shared.elo().get()) <= cap) {
            return shared;
        }
        return aboveCap(game, shared.elo(), cap);
    }

    /** @return whether a drop for {@code reason} comes from a check before the cap (MALFORMED: the movetext's) */
    private static boolean decidedByTags(DropReason reason) {
        return reason != DropReason.MALFORMED && reason.ordinal() < DropReason.ABOVE_CAP.ordinal();
    }

    private static Verdict.Drop aboveCap(ParsedGame game, Optional<ByColor<Integer>> elo, int cap) {
        return new Verdict.Drop(DropReason.ABOVE_CAP, game.line(),
                "max(WhiteElo, BlackElo) = " + ByColor.max(elo.get()) + " > cap " + cap, elo);
    }

    /** The checks between the ratings and the cap, in {@link DropReason} order. */
    private Optional<Verdict.Drop> tagChecks(ParsedGame game, Optional<ByColor<Integer>> elo) {
        String event = game.tag("Event").orElse("");
        if (rules.ratedOnly() && event.toLowerCase(Locale.ROOT).contains("casual")) {
            return drop(DropReason.UNRATED, game, "Event \"" + event + "\"", elo);
        }
        if (rules.dropBots()) {
            for (String tag : List.of("WhiteTitle", "BlackTitle")) {
                if (game.tag(tag).map(t -> t.strip().equalsIgnoreCase("BOT")).orElse(false)) {
                    return drop(DropReason.BOT, game, tag + " \"" + game.tag(tag).get() + "\"", elo);
                }
            }
        }
        if (rules.speedClasses() != null) {
            Optional<String> control = game.tag("TimeControl");
            Optional<SpeedClass> speed = control.flatMap(SpeedClass::ofTimeControl);
            if (speed.isEmpty()) {
                return drop(DropReason.SPEED_CLASS, game, "TimeControl " + shown(control)
                        + (control.isPresent() ? " unreadable" : "") + ", speedClasses " + speedKeys, elo);
            }
            if (!rules.speedClasses().contains(speed.get())) {
                return drop(DropReason.SPEED_CLASS, game, "TimeControl " + shown(control) + " is "
                        + speed.get().key() + ", not in speedClasses " + speedKeys, elo);
            }
        }
        Optional<String> termination = game.tag("Termination");
        if (termination.isPresent() && rules.dropTerminations().contains(termination.get().strip().toLowerCase(Locale.ROOT))) {
            return drop(DropReason.TERMINATION, game, "Termination " + shown(termination), elo);
        }
        if (rules.dates() != null) {
            Optional<LocalDate> date = GameDate.of(game);
            if (date.isEmpty()) {
                return drop(DropReason.OUTSIDE_DATES, game, "no readable date (UTCDate " + shown(game.tag("UTCDate"))
                        + ", Date " + shown(game.tag("Date")) + "), dates " + rules.dates(), elo);
            }
            if (from != null && date.get().isBefore(from) || to != null && date.get().isAfter(to)) {
                return drop(DropReason.OUTSIDE_DATES, game, "date " + date.get() + " outside " + rules.dates(), elo);
            }
        }
        return Optional.empty();
    }

    private static Optional<Verdict.Drop> drop(DropReason reason, ParsedGame game, String detail,
                                               Optional<ByColor<Integer>> elo) {
        return Optional.of(new Verdict.Drop(reason, game.line(), detail, elo));
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
