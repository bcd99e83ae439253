package dev.transcend.dataprep.bench;

import dev.transcend.core.chess.Position;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Movetexts of seeded random legal games in Lichess export style, for {@code bench prepare} on a machine without
 * a real Lichess export: SAN with move numbers, a {@code { [%clk 0:01:00] }} comment after every move and the
 * result token. Uniformly random legal moves from core's {@link Position}, 20 to 140 plies, stopped early by the
 * rules (mate, stalemate, automatic draws).
 */
final class GeneratedGames {

    /**
     * One game's movetext and result.
     *
     * @param movetext SAN movetext with move numbers, clock comments and the result token
     * @param result {@code 1-0}, {@code 0-1}, {@code 1/2-1/2} or {@code *}
     */
    record Game(String movetext, String result) {
    }

    private GeneratedGames() {
    }

    /**
     * @param seed the walk's seed
     * @param count games wanted
     * @return {@code count} games
     */
    static List<Game> walk(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Game> games = new ArrayList<>(count);
        for (int g = 0; g < count; g++) {
            int length = 20 + random.nextInt(121);
            Position position = Position.start();
            StringBuilder text = new StringBuilder();
            int clock = 60;
            while (position.ply() < length && position.end().isEmpty()) {
                List<String> legal = position.legalMoves();
                String move = legal.get(random.nextInt(legal.size()));
                int ply = position.ply();
                text.append(ply % 2 == 0 ? (ply / 2 + 1) + ". " : (ply / 2 + 1) + "... ")
                        .append(position.san(move));
                clock = Math.max(0, clock - random.nextInt(3));
                text.append(String.format(" { [%%clk 0:%02d:%02d] } ", clock / 60, clock % 60));
                position.play(move);
            }
            String result = position.end().map(e -> e.outcome().pgn()).orElse("*");
            games.add(new Game(text.append(result).toString(), result));
        }
        return games;
    }
}
