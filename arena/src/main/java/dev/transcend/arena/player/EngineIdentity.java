package dev.transcend.arena.player;

import dev.transcend.arena.engine.EngineException;
import dev.transcend.arena.engine.EngineLocator;
import dev.transcend.arena.engine.UciEngine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Which engine a player of a play or generate manifest was: the executable its command resolved to, the
 * {@code id name} the engine gave in the UCI handshake, and the options set on it. Probed when the manifest is
 * written (a start and a {@code uci} handshake, then the engine is closed), so a folder finished over several
 * runs still names the engine once.
 *
 * @param player the player's name
 * @param path the resolved executable, or null if it is not found now
 * @param idName the engine's {@code id name}, e.g. {@code Stockfish 16}, or null if it could not be asked
 * @param options the UCI options set with {@code setoption}, in file order
 * @param problem why path or idName is missing, or null
 */
public record EngineIdentity(String player, String path, String idName, Map<String, String> options,
                             String problem) {

    /**
     * @param players a roster; its {@link EngineSpec}s and the engine bases of its {@link ExpertSpec}s are probed
     * @return one identity per engine (named by the engine player's name, each once), in roster order
     * @throws InterruptedException if interrupted while waiting for an engine
     */
    public static List<EngineIdentity> of(List<PlayerSpec> players) throws InterruptedException {
        List<EngineIdentity> identities = new ArrayList<>();
        Set<String> probed = new HashSet<>();
        for (PlayerSpec player : players) {
            PlayerSpec engine = player instanceof ExpertSpec expert ? expert.resolvedBase() : player;
            if (engine instanceof EngineSpec spec && probed.add(spec.name())) {
                identities.add(probe(spec));
            }
        }
        return identities;
    }

    /** @return the identity of one engine; a missing or broken engine gives nulls and the problem, not an error */
    public static EngineIdentity probe(EngineSpec spec) throws InterruptedException {
        Path path;
        try {
            path = EngineLocator.locate(spec.command());
        } catch (EngineException e) {
            return new EngineIdentity(spec.name(), null, null, spec.options(), e.getMessage());
        }
        List<String> commandLine = new ArrayList<>();
        commandLine.add(path.toString());
        commandLine.addAll(spec.args());
        try (UciEngine engine = UciEngine.start(commandLine, spec.timeouts())) {
            return new EngineIdentity(spec.name(), path.toString(), engine.name(), spec.options(), null);
        } catch (EngineException e) {
            return new EngineIdentity(spec.name(), path.toString(), null, spec.options(), e.getMessage());
        }
    }
}
