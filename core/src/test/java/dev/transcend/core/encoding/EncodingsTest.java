package dev.transcend.core.encoding;

import dev.transcend.core.config.ConfigException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EncodingsTest {

    @Test
    void knownIdsResolveToTheirEncoding() {
        Encoding uci = Encodings.byId("uci-move-v1");
        assertEquals("uci-move-v1", uci.id());
        assertSame(uci, Encodings.standard());
        assertEquals("uci-move-v1", Encodings.DEFAULT_ID, "what files without an encoding field were written with");
        assertEquals(Optional.of(uci), Encodings.find("uci-move-v1"));
        assertEquals(List.of("uci-move-v1", "uci-move-board-v1"), Encodings.ids());
        assertEquals("uci-move-board-v1", Encodings.byId("uci-move-board-v1").id());
        assertEquals(uci.fingerprint(), Encodings.byId("uci-move-board-v1").fingerprint(), "same tokens, same shards");
    }

    @Test
    void anUnknownIdIsAnErrorListingTheKnownOnes() {
        assertEquals(Optional.empty(), Encodings.find("san-char-v1"));
        ConfigException e = assertThrows(ConfigException.class, () -> Encodings.byId("san-char-v1"));
        assertEquals("unknown encoding 'san-char-v1'; known: uci-move-v1, uci-move-board-v1", e.getMessage());
    }
}
