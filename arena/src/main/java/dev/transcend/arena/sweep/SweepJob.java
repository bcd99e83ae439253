package dev.transcend.arena.sweep;

import dev.transcend.arena.game.Opening;
import dev.transcend.core.games.GameKey;
import dev.transcend.arena.player.PlayerSpec;
import dev.transcend.core.policy.Sampling;
import dev.transcend.core.chess.Color;

/**
 * One scheduled game of a sweep.
 *
 * @param key temperature, opponent and game index
 * @param opponent the opponent's recipe
 * @param sampling the model's sampling rule at this temperature
 * @param modelColor White in even-numbered games, Black in odd ones
 * @param seed the game's seed
 * @param opening the moves the game starts from ({@link Opening#START} unless {@code openingPlies} is set)
 */
record SweepJob(GameKey key, PlayerSpec opponent, Sampling sampling, Color modelColor, long seed, Opening opening) {
}
