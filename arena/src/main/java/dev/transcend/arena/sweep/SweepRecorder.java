package dev.transcend.arena.sweep;

import dev.transcend.core.progress.Progress;
import dev.transcend.core.progress.ProgressUnit;
import dev.transcend.core.games.GameKey;
import dev.transcend.core.games.GameRow;
import dev.transcend.core.games.GamesCsv;
import dev.transcend.arena.game.PgnFile;
import dev.transcend.arena.game.PgnWriter;
import dev.transcend.arena.game.PlayedGame;
import dev.transcend.arena.player.PlayerSpec;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Writes each finished game of a sweep: first its PGN to {@code games.pgn}, then its row to
 * {@code games.csv}. In that order a crash between the two leaves a game in the PGN only, which the
 * next run drops and replays; a game is finished exactly when its key is in both files.
 */
final class SweepRecorder implements Closeable {

    private final String model;
    private final OptionalInt cap;
    private final PgnFile pgn;
    private final GamesCsv csv;
    private final Progress progress;
    private double points;
    private int games;
    private int engineReplays;

    SweepRecorder(String model, OptionalInt cap, Path outDir, int total, int done, double donePoints, boolean progress)
            throws IOException {
        this.model = model;
        this.cap = cap;
        this.pgn = new PgnFile(outDir.resolve(Sweep.GAMES_PGN));
        this.csv = GamesCsv.openForAppend(outDir.resolve(Sweep.GAMES_CSV));
        this.points = donePoints;
        this.games = done;
        this.progress = Progress.start("play", done, total, ProgressUnit.of("games"), progress);
        showScore();
    }

    /** @return the game's row, as appended to {@code games.csv} */
    synchronized GameRow record(SweepJob job, PlayedGame game) throws IOException {
        PlayerSpec opponent = job.opponent();
        double score = game.scoreFor(job.modelColor());
        int illegal = game.illegalAttempts().get(job.modelColor());
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("Temperature", GameKey.formatTemperature(job.sampling().temperature()));
        tags.put("Protocol", job.sampling().protocol().name());
        tags.put("IllegalAttempts", Integer.toString(illegal));
        tags.put("GameKey", job.key().toString());
        if (job.opening().plies() > 0) {
            tags.put("OpeningPlies", Integer.toString(job.opening().plies()));
        }
        pgn.append(PgnWriter.format(game, "transcend play", Integer.toString(job.key().game() + 1), tags));
        GameRow row = new GameRow(model, cap, job.sampling().protocol(), job.sampling().temperature(), opponent.name(),
                opponent.rating(), opponent.calibrated(), job.key().game(), job.modelColor(), game.result().outcome(),
                score, game.result().termination(), game.plies(), illegal, game.seed(), game.durationMs(),
                game.result().detail());
        csv.append(row);
        points += score;
        games++;
        engineReplays += game.engineReplays().size();
        progress.step(1);
        showScore();
        return row;
    }

    /** @return plays of this run's games that an engine crash or stall cut short and that were played again */
    synchronized int engineReplays() {
        return engineReplays;
    }

    private void showScore() {
        progress.note(String.format(Locale.ROOT, "score %.1f/%d", points, games));
    }

    @Override
    public void close() throws IOException {
        progress.close();
        csv.close();
    }
}
