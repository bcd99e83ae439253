package dev.transcend.arena.player;

import dev.transcend.core.config.ConfigException;
import dev.transcend.core.config.ConfigFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The players of a YAML file such as {@code configs/opponents.yaml} or {@code configs/panels/*.yaml}: a list under
 * the key {@code players}, each a {@link PlayerSpec} with a unique name. Each {@link ExpertSpec}'s {@code base} is
 * resolved against the same list (the expert then carries its base's recipe), so a panel's experts can be selected
 * and opened without their base; an expert already resolved keeps its base when the list does not hold it.
 *
 * @param players the recipes in file order, experts resolved
 */
public record PlayerRoster(List<PlayerSpec> players) {

    /**
     * @throws ConfigException if the list is missing, two players share a name, or an expert's base is not in the
     *                         list or is itself an expert (which also rules out cycles), naming the expert
     */
    public PlayerRoster {
        if (players == null || players.isEmpty()) {
            throw new ConfigException("players: the list is missing or empty");
        }
        Map<String, PlayerSpec> byName = new LinkedHashMap<>();
        for (PlayerSpec p : players) {
            if (byName.putIfAbsent(p.name(), p) != null) {
                throw new ConfigException("players: the name '" + p.name() + "' is used twice; names must be unique");
            }
        }
        List<PlayerSpec> resolved = new ArrayList<>();
        for (PlayerSpec p : players) {
            resolved.add(p instanceof ExpertSpec expert ? resolve(expert, byName) : p);
        }
        players = List.copyOf(resolved);
    }

    private static ExpertSpec resolve(ExpertSpec expert, Map<String, PlayerSpec> byName) {
        PlayerSpec base = byName.get(expert.base());
        if (base == null && expert.resolvedBase() != null) {
            return expert; // resolved by the roster it was selected from
        }
        if (base == null) {
            throw new ConfigException("player '" + expert.name() + "': base '" + expert.base() + "' is not a player of"
                    + " this roster; players: " + String.join(", ", byName.keySet()));
        }
        if (base instanceof ExpertSpec) {
            throw new ConfigException("player '" + expert.name() + "': base '" + expert.base() + "' is itself an"
                    + " expert; an expert's base must be an engine, model or random player (no chains or cycles)");
        }
        return expert.withBase(base);
    }

    /**
     * @param file a YAML file with a {@code players} list
     * @return the roster
     * @throws ConfigException naming the file, line and key when it does not parse or validate
     */
    public static PlayerRoster read(Path file) {
        return ConfigFiles.read(file, PlayerRoster.class);
    }

    /**
     * @param name a player's name
     * @return its recipe
     * @throws ConfigException if no player has that name, listing the names there are
     */
    public PlayerSpec get(String name) {
        for (PlayerSpec p : players) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        throw new ConfigException("no player named '" + name + "'; players: " + names());
    }

    /**
     * @param names player names, e.g. a sweep's opponents
     * @return their recipes in the order given
     * @throws ConfigException if a name is unknown
     */
    public List<PlayerSpec> select(List<String> names) {
        List<PlayerSpec> out = new ArrayList<>();
        for (String n : names) {
            out.add(get(n));
        }
        return out;
    }

    private String names() {
        return players.stream().map(PlayerSpec::name).collect(Collectors.joining(", "));
    }
}
