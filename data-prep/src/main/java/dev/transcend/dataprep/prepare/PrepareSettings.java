package dev.transcend.dataprep.prepare;

import dev.transcend.core.config.ConfigException;
import dev.transcend.core.dataset.DatasetSettings;
import dev.transcend.core.dataset.DateRange;
import dev.transcend.core.encoding.Encoding;
import dev.transcend.core.encoding.Encodings;
import dev.transcend.core.pgn.SpeedClass;
import dev.transcend.dataprep.filter.FilterRules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Settings of {@code transcend prepare}, read from YAML (camelCase keys; unknown keys fail) or built
 * in code. Missing values take the defaults below; every value is checked on construction.
 *
 * @param cap rating cap C in Elo points (1..4000): a game is kept only if {@code max(WhiteElo, BlackElo) <= cap}
 *            (Zhang et al., 2024, section 4). Give {@code cap} or {@code caps}; null when {@code caps} holds several
 * @param caps several caps for one pass, each 1..4000, distinct (at most {@value #MAX_CAPS}): one dataset per cap,
 *             sharing the reading and the move replay. Stored sorted; a single cap is stored as {@code cap}
 *             (this is then null)
 * @param floor lowest rating either player may have, {@code min(WhiteElo, BlackElo) >= floor}, 1..the lowest cap;
 *              null (default) for none
 * @param validationFraction share of games put in the validation split, greater than 0 and at most
 *                           0.5 (default 0.05; {@code train} needs validation games); decided per game
 *                           from a hash of its moves, so duplicates and re-runs land in the same split
 * @param seed seed of the split hash (default 0); another seed gives another split
 * @param minPlies fewest plies (half-moves) a kept game has, at least 1 (default 1)
 * @param dedupe drop games whose moves and ratings equal a kept game's (default true)
 * @param ratedOnly drop casual games: {@code Event} containing "Casual", or a CSV row with
 *                  {@code rated} FALSE (default false; the paper does not filter on it)
 * @param speedClasses Lichess speed classes kept ({@code ultraBullet, bullet, blitz, rapid, classical,
 *                     correspondence}; from {@code TimeControl}, estimated duration {@code base + 40 x increment});
 *                     games without a readable {@code TimeControl} are then dropped. Null (default) keeps every game
 *                     whatever its clock. Stored as Lichess keys in that order
 * @param dropTerminations {@code Termination} tag values to drop, case-insensitive (default {@code Abandoned},
 *                         {@code Rules infraction}: games Lichess ended for a player leaving or cheating); an empty
 *                         list drops none. Games without the tag are kept
 * @param dates the dates kept ({@code from}/{@code to}, inclusive, either may be open) from {@code UTCDate}, else
 *              {@code Date}; games without a whole date are then dropped. Null (default) for any date
 * @param dropBots drop games with a {@code WhiteTitle} or {@code BlackTitle} of {@code BOT} (default true)
 * @param shardGames most games per shard file, 1..1,000,000 (default 200,000: ~16M tokens, ~35 MB)
 * @param encoding id of the token encoding the shards are written in (default {@code uci-move-v1}: one token per
 *                 UCI move); the model trained on them must name the same
 * @param threads threads replaying moves, 1..256; null (default) for every available processor. The outputs do not
 *                depend on it (the manifest's counts record it)
 */
public record PrepareSettings(Integer cap, List<Integer> caps, Integer floor, Double validationFraction, Long seed,
                              Integer minPlies, Boolean dedupe, Boolean ratedOnly, List<String> speedClasses,
                              List<String> dropTerminations, DateRange dates, Boolean dropBots, Integer shardGames,
                              String encoding, Integer threads) {

    /** Highest accepted cap; ratings above it do not occur on Lichess. */
    public static final int MAX_CAP = 4000;
    /** Most caps of one pass (each keeps its own duplicate table, shards and tallies). */
    public static final int MAX_CAPS = 20;
    /** Largest shard in games, so that one shard's games fit in memory while it is written. */
    public static final int MAX_SHARD_GAMES = 1_000_000;
    /** Most screening threads. */
    public static final int MAX_THREADS = 256;
    /** Lichess {@code Termination} values dropped by default: a player left, or broke the rules. */
    public static final List<String> DEFAULT_DROP_TERMINATIONS = List.of("Abandoned", "Rules infraction");

    /**
     * Applies the defaults to null values and checks every value.
     *
     * @throws ConfigException naming the key, the bad value and the allowed range, or a missing {@code cap}
     */
    public PrepareSettings {
        List<Integer> all = capsOf(cap, caps);
        cap = all.size() == 1 ? all.get(0) : null;
        caps = all.size() == 1 ? null : all;
        validationFraction = validationFraction == null ? 0.05 : validationFraction;
        seed = seed == null ? 0L : seed;
        minPlies = minPlies == null ? 1 : minPlies;
        dedupe = dedupe == null ? Boolean.TRUE : dedupe;
        ratedOnly = ratedOnly == null ? Boolean.FALSE : ratedOnly;
        dropTerminations = dropTerminations == null ? DEFAULT_DROP_TERMINATIONS : List.copyOf(dropTerminations);
        dropBots = dropBots == null ? Boolean.TRUE : dropBots;
        shardGames = shardGames == null ? 200_000 : shardGames;
        encoding = encoding == null ? Encodings.DEFAULT_ID : encoding;
        if (floor != null) {
            check(floor >= 1 && floor <= all.get(0), "floor", floor, "1.." + all.get(0)
                    + " (Elo points, at most the " + (all.size() == 1 ? "cap" : "lowest cap") + ")");
        }
        // train refuses a dataset without validation games, so 0 is not a choice
        check(validationFraction > 0 && validationFraction <= 0.5, "validationFraction", validationFraction,
                "greater than 0, at most 0.5");
        check(minPlies >= 1 && minPlies <= 10_000, "minPlies", minPlies, "1..10000 (plies)");
        check(shardGames >= 1 && shardGames <= MAX_SHARD_GAMES, "shardGames", shardGames, "1.." + MAX_SHARD_GAMES);
        if (threads != null) {
            check(threads >= 1 && threads <= MAX_THREADS, "threads", threads, "1.." + MAX_THREADS
                    + " (leave it out for every available processor)");
        }
        speedClasses = speedClasses == null ? null : speedKeys(speedClasses);
        for (String t : dropTerminations) {
            check(t != null && !t.isBlank(), "dropTerminations", dropTerminations,
                    "Termination values such as Abandoned, \"Rules infraction\", \"Time forfeit\"; [] drops none");
        }
        if (Encodings.find(encoding).isEmpty()) {
            throw new ConfigException("prepare setting 'encoding' = " + encoding + " is unknown; allowed: "
                    + String.join(", ", Encodings.ids()));
        }
    }

    /** Settings in the default encoding, {@code uci-move-v1}; null values take the defaults. */
    public PrepareSettings(Integer cap, Double validationFraction, Long seed, Integer minPlies, Boolean dedupe,
                           Boolean ratedOnly, Integer shardGames) {
        this(cap, validationFraction, seed, minPlies, dedupe, ratedOnly, shardGames, null);
    }

    /** Settings with one cap and the default filters of issue 9 (bots and abandoned games dropped); null values take the defaults. */
    public PrepareSettings(Integer cap, Double validationFraction, Long seed, Integer minPlies, Boolean dedupe,
                           Boolean ratedOnly, Integer shardGames, String encoding) {
        this(cap, null, null, validationFraction, seed, minPlies, dedupe, ratedOnly, null, null, null, null,
                shardGames, encoding, null);
    }

    /** @return the defaults with the given cap */
    public static PrepareSettings withCap(int cap) {
        return new PrepareSettings(cap, null, null, null, null, null, null, null);
    }

    /** @return the defaults with these caps: one dataset per cap from one pass (a single cap is {@link #withCap}) */
    public static PrepareSettings withCaps(List<Integer> caps) {
        return new PrepareSettings(null, caps, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    /** @return the caps of this pass, ascending (one for a single dataset) */
    public List<Integer> capList() {
        return cap != null ? List.of(cap) : caps;
    }

    /** @return these settings with the single cap {@code c} (the settings of one dataset of a several-cap pass) */
    public PrepareSettings forCap(int c) {
        return new PrepareSettings(c, null, floor, validationFraction, seed, minPlies, dedupe, ratedOnly,
                speedClasses, dropTerminations, dates, dropBots, shardGames, encoding, threads);
    }

    /** @return these settings with {@code n} screening threads (null: every available processor) */
    public PrepareSettings withThreads(Integer n) {
        return new PrepareSettings(cap, caps, floor, validationFraction, seed, minPlies, dedupe, ratedOnly,
                speedClasses, dropTerminations, dates, dropBots, shardGames, encoding, n);
    }

    /** @return the screening threads: {@link #threads()}, or the available processors (at most {@value #MAX_THREADS}) */
    public int threadCount() {
        return threads != null ? threads : Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
    }

    /** @return the encoding named by {@link #encoding()} */
    public Encoding tokenEncoding() {
        return Encodings.byId(encoding);
    }

    /** @return the checks of one pass, with the highest cap (lower caps follow from it: {@code GameFilter.atCap}) */
    public FilterRules filterRules() {
        Set<SpeedClass> speeds = speedClasses == null ? null : EnumSet.copyOf(
                speedClasses.stream().map(k -> SpeedClass.fromKey(k).orElseThrow()).toList());
        return new FilterRules(capList().get(capList().size() - 1), floor, minPlies, ratedOnly, dropBots, speeds,
                dropTerminations, dates);
    }

    /**
     * @return what the dataset's manifest records: these settings and the encoding of the token ids
     * @throws IllegalStateException with several caps (each dataset records its own: {@code forCap(c).resolved()})
     */
    public DatasetSettings resolved() {
        if (cap == null) {
            throw new IllegalStateException("several caps " + caps + ": resolve each, forCap(c).resolved()");
        }
        Encoding tokens = tokenEncoding();
        return new DatasetSettings(cap, validationFraction, seed, minPlies, dedupe, ratedOnly, shardGames,
                tokens.fingerprint(), tokens.vocabularySize(), tokens.id(), floor, speedClasses, dropTerminations,
                dates, dropBots);
    }

    /** @return the caps given as {@code cap} and/or {@code caps}, checked, ascending */
    private static List<Integer> capsOf(Integer cap, List<Integer> caps) {
        if (cap == null && (caps == null || caps.isEmpty())) {
            throw new ConfigException("prepare setting 'cap' is required: the rating cap C in Elo points, 1.."
                    + MAX_CAP + " (e.g. 1000, 1300 or 1500 as in the paper), or 'caps' for one dataset per cap,"
                    + " e.g. caps: [1000, 1300, 1500]");
        }
        if (caps == null) {
            check(cap >= 1 && cap <= MAX_CAP, "cap", cap, "1.." + MAX_CAP + " (Elo points)");
            return List.of(cap);
        }
        if (cap != null && !(caps.size() == 1 && cap.equals(caps.get(0)))) {
            throw new ConfigException("prepare settings 'cap' = " + cap + " and 'caps' = " + caps
                    + " are both given; allowed: one of them ('caps' for several datasets in one pass)");
        }
        TreeSet<Integer> sorted = new TreeSet<>();
        for (Integer c : caps) {
            check(c != null && c >= 1 && c <= MAX_CAP, "caps", caps, "each cap 1.." + MAX_CAP + " (Elo points)");
            check(sorted.add(c), "caps", caps, "distinct caps (" + c + " is repeated)");
        }
        check(sorted.size() <= MAX_CAPS, "caps", caps, "at most " + MAX_CAPS + " caps");
        return List.copyOf(sorted);
    }

    /** @return the keys as Lichess names, in {@link SpeedClass} order */
    private static List<String> speedKeys(List<String> keys) {
        String allowed = String.join(", ", Arrays.stream(SpeedClass.values()).map(SpeedClass::key).toList());
        check(!keys.isEmpty(), "speedClasses", keys, "one or more of " + allowed
                + " (leave it out to keep every game whatever its clock)");
        EnumSet<SpeedClass> classes = EnumSet.noneOf(SpeedClass.class);
        for (String key : keys) {
            Optional<SpeedClass> c = key == null ? Optional.empty() : SpeedClass.fromKey(key);
            check(c.isPresent(), "speedClasses", key, allowed + " (Lichess speed classes)");
            classes.add(c.get());
        }
        List<String> out = new ArrayList<>();
        classes.forEach(c -> out.add(c.key()));
        return List.copyOf(out);
    }

    private static void check(boolean ok, String key, Object value, String allowed) {
        if (!ok) {
            throw new ConfigException("prepare setting '" + key + "' = " + value + " is out of range; allowed: " + allowed);
        }
    }
}
