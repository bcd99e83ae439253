package dev.transcend.core.testing;

import dev.transcend.core.chess.ByColor;
import dev.transcend.core.chess.Position;
import dev.transcend.core.game.Outcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The project's own games for tests that must run on a fresh clone: a seeded random legal-move walk over
 * core's {@link Position}, no engine and no download. The same seed gives the same games on every machine
 * ({@link Position#legalMoves()} is sorted).
 *
 * <p>A walk with {@code mirror > 0} gives the games a structure a model can learn beyond move frequencies:
 * with that probability a player answers with the mirror image of the opponent's last move ({@code e2e4}
 * answered by {@code e7e5}) when it is legal, and otherwise plays a uniformly random legal move.
 */
public final class RandomGames {

    /**
     * One generated game.
     *
     * @param elo each player's rating, 600-1800 in steps of 100
     * @param uci the moves, in UCI notation
     * @param outcome the result when the rules ended the game (mate, stalemate, automatic draw); empty when
     *        the walk stopped at its length ({@code *} in PGN)
     */
    public record Game(ByColor<Integer> elo, List<String> uci, Optional<Outcome> outcome) {

        /** @return the PGN result token: {@code 1-0}, {@code 0-1}, {@code 1/2-1/2} or {@code *} */
        public String result() {
            return outcome.map(Outcome::pgn).orElse("*");
        }
    }

    private RandomGames() {
    }

    /**
     * @param seed the walk's seed
     * @param count games wanted
     * @param minPlies shortest walk, at least 1 (a game the rules end earlier is shorter)
     * @param maxPlies longest walk
     * @param mirror probability in [0, 1] of answering with the mirror of the opponent's last move
     * @return {@code count} games
     */
    public static List<Game> walk(long seed, int count, int minPlies, int maxPlies, double mirror) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Game> games = new ArrayList<>(count);
        for (int g = 0; g < count; g++) {
            ByColor<Integer> elo = new ByColor<>(600 + 100 * random.nextInt(13), 600 + 100 * random.nextInt(13));
            int length = minPlies + random.nextInt(maxPlies - minPlies + 1);
            Position position = Position.start();
            List<String> moves = new ArrayList<>();
            String last = null;
            while (moves.size() < length && position.end().isEmpty()) {
                String mirrored = last == null ? null : mirrorOf(last);
                String move;
                if (mirrored != null && random.nextDouble() < mirror && position.isLegal(mirrored)) {
                    move = mirrored;
                } else {
                    List<String> legal = position.legalMoves();
                    move = legal.get(random.nextInt(legal.size()));
                }
                position.play(move);
                moves.add(move);
                last = move;
            }
            games.add(new Game(elo, List.copyOf(moves), position.end().map(e -> e.outcome())));
        }
        return games;
    }

    /**
     * One seeded walk of uniformly random legal moves, for tests that need a single game's moves.
     *
     * @param plies moves wanted
     * @param seed the walk's seed
     * @return {@code plies} moves in UCI, fewer if the rules end the game first
     */
    public static List<String> moves(int plies, long seed) {
        return dev.transcend.core.chess.RandomWalk.moves(plies, seed);
    }

    /** @return uniform random walks of 10 to 80 plies */
    public static List<Game> walk(long seed, int count) {
        return walk(seed, count, 10, 80, 0);
    }

    /** @return {@code e7e5} for {@code e2e4}: the same move seen from the other side of the board */
    public static String mirrorOf(String uci) {
        char fromRank = (char) ('1' + '8' - uci.charAt(1));
        char toRank = (char) ('1' + '8' - uci.charAt(3));
        return "" + uci.charAt(0) + fromRank + uci.charAt(2) + toRank + uci.substring(4);
    }

    /**
     * Lichess-style PGN: Event, Site, White, Black, Result, WhiteElo, BlackElo and PlyCount tags, then the
     * movetext in SAN with move numbers, or in UCI as some exports have it ({@code e2e4 e7e5 ... 1-0}).
     *
     * @param games the games
     * @param uci true for UCI movetext, false for SAN
     * @return the PGN text, games separated by a blank line, {@code \n} line ends
     */
    public static String pgn(List<Game> games, boolean uci) {
        StringBuilder out = new StringBuilder();
        for (int g = 0; g < games.size(); g++) {
            Game game = games.get(g);
            out.append("[Event \"Rated Blitz game\"]\n")
                    .append("[Site \"https://example.org/random").append(g).append("\"]\n")
                    .append("[White \"random-").append(2 * g).append("\"]\n")
                    .append("[Black \"random-").append(2 * g + 1).append("\"]\n")
                    .append("[Result \"").append(game.result()).append("\"]\n")
                    .append("[WhiteElo \"").append(game.elo().white()).append("\"]\n")
                    .append("[BlackElo \"").append(game.elo().black()).append("\"]\n")
                    .append("[PlyCount \"").append(game.uci().size()).append("\"]\n\n")
                    .append(uci ? String.join(" ", game.uci()) : san(game.uci()))
                    .append(' ').append(game.result()).append("\n\n");
        }
        return out.toString();
    }

    /** @return the moves in SAN with move numbers, {@code 1. e4 e5 2. Nf3}, wrapped every 8 moves */
    public static String san(List<String> uci) {
        List<String> san = sanMoves(uci);
        StringBuilder out = new StringBuilder();
        for (int ply = 0; ply < san.size(); ply++) {
            if (ply > 0) {
                out.append(ply % 16 == 0 ? '\n' : ' ');
            }
            if (ply % 2 == 0) {
                out.append(ply / 2 + 1).append(". ");
            }
            out.append(san.get(ply));
        }
        return out.toString();
    }

    /** @return each move in SAN, {@code [e4, e5, Nf3]} */
    public static List<String> sanMoves(List<String> uci) {
        Position position = Position.start();
        List<String> san = new ArrayList<>(uci.size());
        for (String move : uci) {
            san.add(position.san(move));
            position.play(move);
        }
        return san;
    }

    /**
     * The Kaggle "datasnaek/chess" CSV shape: one row per game with {@code rated}, {@code turns} (plies),
     * {@code winner} ({@code white}, {@code black} or {@code draw}; a game the walk stopped is written as a
     * draw), the ratings and the SAN moves without move numbers. Even games are rated, odd ones casual.
     *
     * @param games the games
     * @return the CSV text with its header, {@code \n} line ends
     */
    public static String kaggleCsv(List<Game> games) {
        StringBuilder out = new StringBuilder("id,rated,created_at,last_move_at,turns,victory_status,winner,"
                + "increment_code,white_id,white_rating,black_id,black_rating,moves,opening_eco,opening_name,"
                + "opening_ply\n");
        for (int g = 0; g < games.size(); g++) {
            Game game = games.get(g);
            String winner = switch (game.result()) {
                case "1-0" -> "white";
                case "0-1" -> "black";
                default -> "draw";
            };
            out.append(String.format("rnd%05d,%s,1.50421E+12,1.50421E+12,%d,%s,%s,10+0,w%d,%d,b%d,%d,%s,A00,"
                            + "\"Random Walk, Seeded\",2\n", g, g % 2 == 0 ? "TRUE" : "FALSE", game.uci().size(),
                    winner.equals("draw") ? "draw" : "mate", winner, g, game.elo().white(), g, game.elo().black(),
                    String.join(" ", sanMoves(game.uci()))));
        }
        return out.toString();
    }
}
