package dev.transcend.core.encoding;

import dev.transcend.core.config.ConfigException;

import java.util.List;
import java.util.Optional;

/**
 * The encodings this build knows, by id: an explicit list (no reflection, no service loading), so that a dataset or
 * checkpoint naming an encoding resolves to the same code every time.
 */
public final class Encodings {

    /** Every registered encoding; ids are unique. */
    private static final List<Encoding> ALL = List.of(
            UciMoveEncoding.INSTANCE,
            UciMoveBoardEncoding.INSTANCE
            // register a new encoding here, one line: its instance
    );

    /** The encoding of settings that name none, and of datasets and checkpoints written before encodings were recorded. */
    public static final String DEFAULT_ID = UciMoveEncoding.ID;

    private Encodings() {
    }

    /**
     * @param id an encoding id, e.g. {@code uci-move-v1}
     * @return the encoding, or empty if this build does not know the id
     */
    public static Optional<Encoding> find(String id) {
        return ALL.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /**
     * @param id an encoding id, e.g. {@code uci-move-v1}
     * @return the encoding
     * @throws ConfigException naming the id and the known ids if this build does not know it
     */
    public static Encoding byId(String id) {
        return find(id).orElseThrow(() -> new ConfigException("unknown encoding '" + id + "'; known: "
                + String.join(", ", ids())));
    }

    /** @return the default encoding, {@code uci-move-v1} */
    public static Encoding standard() {
        return byId(DEFAULT_ID);
    }

    /** @return the known ids, in registration order */
    public static List<String> ids() {
        return ALL.stream().map(Encoding::id).toList();
    }
}
