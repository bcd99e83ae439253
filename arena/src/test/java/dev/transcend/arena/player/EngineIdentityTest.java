package dev.transcend.arena.player;

import dev.transcend.arena.engine.EngineLimit;
import dev.transcend.arena.engine.EngineTimeouts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What play and generate manifests record of each engine: real Stockfish, a missing one, a script that is no engine. */
class EngineIdentityTest {

    @Test
    void stockfishIsNamedByItsPathItsIdNameAndTheOptionsSet() throws Exception {
        EngineSpec spec = new EngineSpec("sf", 1500, false, "", "stockfish", List.of(), Map.of("Skill Level", "3"),
                EngineLimit.nodes(1), null);
        List<EngineIdentity> identities = EngineIdentity.of(List.of(new RandomSpec("random", 400, false, ""), spec));
        assertEquals(1, identities.size(), "only engines");
        EngineIdentity sf = identities.get(0);
        assertEquals("sf", sf.player());
        assertTrue(Files.isExecutable(Path.of(sf.path())), sf.path());
        assertTrue(sf.idName().startsWith("Stockfish"), sf.idName());
        assertEquals(Map.of("Skill Level", "3"), sf.options());
        assertNull(sf.problem());
    }

    @Test
    void aMissingOrBrokenEngineIsRecordedWithItsProblemNotThrown(@TempDir Path dir) throws Exception {
        EngineIdentity missing = EngineIdentity.probe(new EngineSpec("gone", 1000, false, "", "no-such-engine-xyz",
                List.of(), Map.of(), EngineLimit.nodes(1), null));
        assertNull(missing.path());
        assertNull(missing.idName());
        assertTrue(missing.problem().contains("no-such-engine-xyz"), missing.problem());

        Path script = dir.resolve("silent.sh");
        Files.writeString(script, "#!/bin/sh\nwhile read line; do :; done\n");
        script.toFile().setExecutable(true);
        EngineSpec silent = new EngineSpec("silent", 1000, false, "", script.toString(), List.of(), Map.of(),
                EngineLimit.nodes(1), new EngineTimeouts(300L, 300L, 300L, 200L));
        EngineIdentity broken = EngineIdentity.probe(silent);
        assertEquals(script.toString(), broken.path());
        assertNull(broken.idName());
        assertTrue(broken.problem().contains("uciok"), broken.problem());
    }
}
