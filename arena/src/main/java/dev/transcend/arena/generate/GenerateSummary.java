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
 * @param meanPlies mean game length in half-moves over all games in the file
 * @param terminations all games in the file, by termination
 * @param engineFaults games in the file that an engine's fault decided (ILLEGAL_MOVE, ENGINE_CRASH,
 *                     ENGINE_TIMEOUT): training games that end in a failure, not in play, worth a warning when not 0
 * @param engineReplays plays of this run's games that an engine crash or stall cut short and that were played again
 *                      on a restarted engine (see {@code GameRunner}; the PGN's {@code EngineReplays} tag counts them
 *                      per game, {@code engines.log} says why)
 * @param scores points scored by each player over all games in the file
 * @param gamesByPlayer games each player played, over all games in the file
 */
public record GenerateSummary(int scheduled, int resumed, int played, int games, double meanPlies,
                              Map<Termination, Integer> terminations, int engineFaults, int engineReplays,
                              Map<String, Double> scores,
                              Map<String, Integer> gamesByPlayer) {
}
