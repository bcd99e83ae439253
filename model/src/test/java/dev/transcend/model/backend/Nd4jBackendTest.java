package dev.transcend.model.backend;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Nd4jBackendTest {

    @Test
    void cuda116KernelsRunFromKeplerK80ToAmpereButNotOnAdaHopperOrLater() {
        assertFalse(Nd4jBackend.cudaKernelsRunOn(3, 5), "Kepler K40");
        assertTrue(Nd4jBackend.cudaKernelsRunOn(3, 7), "K80");
        assertTrue(Nd4jBackend.cudaKernelsRunOn(7, 0), "V100");
        assertTrue(Nd4jBackend.cudaKernelsRunOn(8, 0), "A100");
        assertTrue(Nd4jBackend.cudaKernelsRunOn(8, 6), "RTX 3090");
        assertFalse(Nd4jBackend.cudaKernelsRunOn(8, 9), "L4, L40, RTX 4090 (Ada)");
        assertFalse(Nd4jBackend.cudaKernelsRunOn(9, 0), "H100/H200");
        assertFalse(Nd4jBackend.cudaKernelsRunOn(10, 0), "B200");
        assertFalse(Nd4jBackend.cudaKernelsRunOn(12, 0), "RTX 5090");
    }

    @Test
    void readsNvidiaSmiLinesAndExplainsTheWayOut() {
        Optional<Nd4jBackend.Gpu> gpu = Nd4jBackend.parseSmiLine("NVIDIA H200, 9.0");
        assertEquals(Optional.of(new Nd4jBackend.Gpu("NVIDIA H200", 9, 0)), gpu);
        assertEquals(Optional.empty(), Nd4jBackend.parseSmiLine("No devices were found"));
        String message = Nd4jBackend.unsupportedMessage(gpu.orElseThrow());
        assertTrue(message.contains("NVIDIA H200 (compute capability 9.0)") && message.contains("without -Pcuda")
                && message.contains("CPU"), message);
    }

    @Test
    void theDefaultBuildIsCpuAndPasses() {
        assertEquals("CPU", Nd4jBackend.kind());
        assertTrue(Nd4jBackend.describe().startsWith("CPU ("), Nd4jBackend.describe());
        assertDoesNotThrow(Nd4jBackend::requireSupported);
    }
}
