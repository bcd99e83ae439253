package dev.transcend.arena.player;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.transcend.core.config.ConfigException;
import dev.transcend.core.game.Termination;
import dev.transcend.core.policy.MovePolicy;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a {@link ModelPlayer} does with a game longer than its model's context ({@link MovePolicy#maxPlies()}); the
 * play setting {@code contextOverflow} (YAML and {@code --context-overflow}: {@code refuse}, {@code end},
 * {@code slide}).
 */
public enum ContextOverflow {
    /**
     * The default, and the only behaviour before the setting existed: a move limit whose {@code 2 * moveLimit} plies
     * exceed the context is a config error before any game is played.
     */
    REFUSE,
    /**
     * A game ends as a draw ({@link Termination#CONTEXT_FULL}) as soon as the model is to move in a position whose
     * game no longer fits its context, as the paper's move-90 rule ends a game the model cannot finish.
     */
    END,
    /**
     * The model reads the most recent part of the game that fits its context, as nanoGPT's {@code generate} does
     * ({@link MovePolicy#nextTokenLogitsWindowed}); games run to the move limit.
     */
    SLIDE;

    /** @return the value as written in YAML and on the command line, e.g. {@code refuse} */
    @JsonValue
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param text {@code refuse}, {@code end} or {@code slide}, any case
     * @return the value
     * @throws ConfigException naming the text and the allowed values
     */
    @JsonCreator
    public static ContextOverflow parse(String text) {
        for (ContextOverflow value : values()) {
            if (value.name().equalsIgnoreCase(text == null ? "" : text.trim())) {
                return value;
            }
        }
        throw new ConfigException("contextOverflow: '" + text + "' is not allowed; allowed values: "
                + Arrays.stream(values()).map(ContextOverflow::toString).collect(Collectors.joining(", ")));
    }
}
