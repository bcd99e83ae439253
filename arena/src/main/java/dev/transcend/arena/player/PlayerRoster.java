package dev.transcend.arena.player;

import dev.transcend.core.config.ConfigException;
import dev.transcend.core.config.ConfigFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The players of a YAML file such as {@code configs/opponents.yaml}: a list under the key
 * {@code players}, each a {@link PlayerSpec} with a unique name.
 *
 * @param players the recipes in file order
 */
public record PlayerRoster(List<PlayerSpec> players) {

    /** @throws ConfigException if the list is missing or two players share a name */
    public PlayerRoster {
        if (players == null || players.isEmpty()) {
            throw new ConfigException("players: the list is missing or empty");
        }
        Set<String> seen = new HashSet<>();
        for (PlayerSpec p : players) {
            if (!seen.add(p.name())) {
                throw new ConfigException("players: the name '" + p.name() + "' is used twice; names must be unique");
            }
        }
        players = List.copyOf(players);
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
