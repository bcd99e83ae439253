package dev.transcend.arena.generate;

import dev.transcend.core.game.Termination;

import java.util.Map;

/**
 * What a generation run's {@code games.pgn} holds; also the manifest's counts.
 *
 * @param scheduled games the settings ask for
 * @param resumed games already in the file when the run started
 * @param played games played by this run
 * @param games complete games in the file now
 * @param meanPlies mean game length in half-moves over the games played by this run
 * @param terminations games played by this run, by termination
 * @param engineFaults games played by this run that an engine's fault decided (ILLEGAL_MOVE, ENGINE_CRASH,
 *                     ENGINE_TIMEOUT): training games that end in a failure, not in play, worth a warning when not 0
 * @param scores points scored by each player in games played by this run
 * @param gamesByPlayer games each player played in this run
 */
public record GenerateSummary(int scheduled, int resumed, int played, int games, double meanPlies,
                              Map<Termination, Integer> terminations, int engineFaults, Map<String, Double> scores,
                              Map<String, Integer> gamesByPlayer) {
}
