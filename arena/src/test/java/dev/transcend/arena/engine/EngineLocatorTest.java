package dev.transcend.arena.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngineLocatorTest {

    @Test
    void bareNameFallsBackToUsrGames() throws Exception {
        // Debian installs stockfish in /usr/games, which is often not on PATH
        assertEquals(Path.of("/usr/games/stockfish"), EngineLocator.locate("stockfish", "/nonexistent"));
    }

    @Test
    void pathComesFirst(@TempDir Path dir) throws Exception {
        Path fake = dir.resolve("stockfish");
        Files.writeString(fake, "#!/bin/sh\n");
        assertTrue(fake.toFile().setExecutable(true));
        assertEquals(fake, EngineLocator.locate("stockfish", dir.toString()));
    }

    @Test
    void missingUnknownEngineSaysWhereToPutIt() {
        EngineException e = assertThrows(EngineException.class,
                () -> EngineLocator.locate("no-such-engine-xyz", "/nonexistent"));
        assertEquals("engine no-such-engine-xyz not found on PATH or in /usr/games; install it, or set the player's "
                + "'command' to the engine's path", e.getMessage()); // no made-up package name
    }

    @Test
    void missingStockfishGetsTheInstallHint(@TempDir Path emptyGames) {
        EngineException e = assertThrows(EngineException.class,
                () -> EngineLocator.locate("stockfish", "/nonexistent", emptyGames));
        assertEquals("engine stockfish not found on PATH or in " + emptyGames
                + "; install it with `sudo apt-get install stockfish`", e.getMessage());
        EngineException fairy = assertThrows(EngineException.class,
                () -> EngineLocator.locate("/opt/none/fairy-stockfish"));
        assertEquals("engine /opt/none/fairy-stockfish does not exist; install it with "
                + "`sudo apt-get install fairy-stockfish`", fairy.getMessage());
    }

    @Test
    void explicitPathMustExistAndBeExecutable(@TempDir Path dir) throws Exception {
        EngineException missing = assertThrows(EngineException.class, () -> EngineLocator.locate(dir + "/sf"));
        assertEquals("engine " + dir + "/sf does not exist; install it, or set the player's 'command' to the "
                + "engine's path", missing.getMessage());
        Path plain = Files.writeString(dir.resolve("plain"), "x");
        EngineException notExecutable = assertThrows(EngineException.class, () -> EngineLocator.locate(plain.toString()));
        assertTrue(notExecutable.getMessage().contains("is not executable"), notExecutable.getMessage());
    }
}
