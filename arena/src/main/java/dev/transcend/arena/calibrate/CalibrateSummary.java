package dev.transcend.arena.calibrate;

import dev.transcend.core.ladder.Ladder;

/**
 * What a calibration run did; also the manifest's counts.
 *
 * @param scheduled     games the round robin schedules
 * @param resumed       games already in {@code games.pgn} when the run started
 * @param played        games played by this run
 * @param games         finished games the ladder was fitted on
 * @param engineFaults  games an engine's fault decided (illegal move, crash, timeout)
 * @param engineReplays plays cut short by an engine crash or stall and played again
 * @param ladder        the fitted ladder, strongest first (as in {@code ladder.csv})
 */
public record CalibrateSummary(int scheduled, int resumed, int played, int games, int engineFaults, int engineReplays,
                               Ladder ladder) {
}
