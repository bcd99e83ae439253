package dev.transcend.dataprep.filter;

import dev.transcend.core.pgn.ParsedGame;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A game's identity on the site that played it, for de-duplication: two records with the same id are the same game
 * (the raw sources overlap: shared/data/SOURCES.md matches Lichess games by game id), and two games with different
 * ids are different games even when their moves and ratings agree (short, common games such as a quick
 * Scholar's mate between equally rated players recur).
 *
 * <p>Read from, in order: a {@code GameId} tag (newer Lichess exports), else a Lichess {@code Site} URL
 * ({@code https://lichess.org/<8 letters or digits>}, optionally followed by {@code /black}, {@code /white} or
 * {@code #ply}; the Kaggle CSV's {@code id} column becomes such a URL). Files written by tools that strip
 * {@code Site} (e.g. pgn-extract with {@code -7} or a tag list) have no id.
 */
public final class GameId {

    private static final Pattern LICHESS = Pattern.compile("https?://(?:www\\.)?lichess\\.org/([A-Za-z0-9]{8})(?:[/#?].*)?");
    /** Lichess pages whose path word is 8 letters long too: not game ids. */
    private static final Set<String> PAGES = Set.of("training", "practice", "analysis", "streamer", "insights");

    private GameId() {
    }

    /**
     * @param game a parsed game
     * @return its id, e.g. {@code lichess:abcdEFGH}, or empty when the game carries none
     */
    public static Optional<String> of(ParsedGame game) {
        Optional<String> tagged = game.tag("GameId").map(String::strip).filter(id -> !id.isEmpty() && !id.equals("?"));
        if (tagged.isPresent()) {
            return Optional.of("lichess:" + tagged.get());
        }
        return game.tag("Site").map(String::strip).map(LICHESS::matcher).filter(Matcher::matches)
                .map(m -> m.group(1)).filter(id -> !PAGES.contains(id)).map(id -> "lichess:" + id);
    }
}
