package dev.transcend.model.backend;

import org.nd4j.linalg.factory.Nd4j;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Which ND4J backend this build runs on, for manifests, and a guard against GPUs the CUDA build
 * cannot drive.
 *
 * <p>ND4J 1.0.0-M2.1's {@code nd4j-cuda-11.6} ships kernels compiled for compute capability 3.7 to
 * 8.6 and no PTX, built with CUDA 11.6, which predates Ada (8.9, first supported by CUDA 11.8). Every GPU
 * above 8.6 is refused by name: Ada (8.9: L4, L40, RTX 40xx), Hopper (9.0: H100, H200) and Blackwell.
 * Hopper and newer fail at the first kernel launch with "no kernel image is available"; on Ada the
 * project's measurements found the build unusable too, so it is refused rather than left to fail mid-run.
 */
public final class Nd4jBackend {

    /** Class of ND4J's CUDA backend, present only in the {@code -Pcuda} build. */
    static final String CUDA_BACKEND_CLASS = "org.nd4j.linalg.jcublas.JCublasBackend";

    private Nd4jBackend() {
    }

    /** A GPU as the driver reports it. */
    record Gpu(String name, int major, int minor) {
        @Override
        public String toString() {
            return name + " (compute capability " + major + "." + minor + ")";
        }
    }

    /** @return {@code CPU} or {@code CUDA}, as ND4J reports its loaded backend (loads ND4J if needed) */
    public static String kind() {
        Object backend = Nd4j.getExecutioner().getEnvironmentInformation().get("backend");
        return backend == null ? "unknown" : backend.toString();
    }

    /** @return e.g. {@code CPU (OPENBLAS, 1 thread)} or {@code CUDA (NVIDIA A100 (compute capability 8.0))} */
    public static String describe() {
        Map<?, ?> env = Nd4j.getExecutioner().getEnvironmentInformation();
        String kind = kind();
        if ("CUDA".equalsIgnoreCase(kind)) {
            List<Gpu> gpus = gpusFromNd4j(env);
            return "CUDA (" + (gpus.isEmpty() ? "unknown device" : gpus.get(0)) + ")";
        }
        return kind + " (" + env.get("blas.vendor") + ", " + env.get("omp.threads") + " thread(s))";
    }

    /**
     * Checks the accelerator before any training or inference. On the CPU build it does nothing. On
     * the CUDA build it asks {@code nvidia-smi} for the GPUs before ND4J touches them (falling back
     * to ND4J's own device report) and refuses unsupported ones.
     *
     * @throws UnsupportedDeviceException naming the GPU and suggesting the CPU build
     */
    public static void requireSupported() {
        if (!cudaBuild()) {
            return;
        }
        List<Gpu> gpus = gpusFromNvidiaSmi().orElseGet(() -> gpusFromNd4j(Nd4j.getExecutioner().getEnvironmentInformation()));
        for (Gpu gpu : gpus) {
            if (!cudaKernelsRunOn(gpu.major(), gpu.minor())) {
                throw new UnsupportedDeviceException(unsupportedMessage(gpu));
            }
        }
    }

    /**
     * @param major compute capability major version, e.g. 9 for Hopper
     * @param minor compute capability minor version
     * @return whether nd4j-cuda-11.6's kernels (sm_37 to sm_86, no PTX) serve such a GPU: 3.7 up to 8.6
     */
    public static boolean cudaKernelsRunOn(int major, int minor) {
        if (major < 3 || (major == 3 && minor < 7)) {
            return false;
        }
        return major < 8 || (major == 8 && minor <= 6);
    }

    static String unsupportedMessage(Gpu gpu) {
        return "The ND4J CUDA 11.6 backend cannot run on " + gpu + ": its kernels cover compute capability 3.7-8.6 "
                + "with no PTX, so Ada (8.9: L4, L40, RTX 40xx), Hopper (9.0: H100, H200) and newer GPUs are not "
                + "supported. Use a GPU of capability 3.7-8.6 (e.g. V100, A100, A10, RTX 30xx), or build without -Pcuda "
                + "to train and play on the CPU backend (nd4j-native), which is fast enough for the quickstart model.";
    }

    private static boolean cudaBuild() {
        try {
            Class.forName(CUDA_BACKEND_CLASS, false, Nd4jBackend.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static Optional<List<Gpu>> gpusFromNvidiaSmi() {
        try {
            Process process = new ProcessBuilder("nvidia-smi", "--query-gpu=name,compute_cap", "--format=csv,noheader")
                    .redirectErrorStream(true).start();
            List<Gpu> gpus = new ArrayList<>();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    parseSmiLine(line).ifPresent(gpus::add);
                }
            }
            boolean done = process.waitFor(10, TimeUnit.SECONDS);
            if (!done) {
                process.destroyForcibly();
                return Optional.empty();
            }
            return process.exitValue() == 0 && !gpus.isEmpty() ? Optional.of(gpus) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no nvidia-smi: ask ND4J instead
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Parses {@code "NVIDIA H200, 9.0"}; empty for anything else. */
    static Optional<Gpu> parseSmiLine(String line) {
        int comma = line.lastIndexOf(',');
        if (comma < 0) {
            return Optional.empty();
        }
        String[] cc = line.substring(comma + 1).trim().split("\\.");
        try {
            return Optional.of(new Gpu(line.substring(0, comma).trim(), Integer.parseInt(cc[0]),
                    cc.length > 1 ? Integer.parseInt(cc[1]) : 0));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<Gpu> gpusFromNd4j(Map<?, ?> env) {
        List<Gpu> gpus = new ArrayList<>();
        if (env.get("cuda.devicesInformation") instanceof List<?> devices) {
            for (Object device : devices) {
                if (device instanceof Map<?, ?> d && d.get("cuda.deviceMajor") != null) {
                    gpus.add(new Gpu(String.valueOf(d.get("cuda.deviceName")),
                            Integer.parseInt(String.valueOf(d.get("cuda.deviceMajor"))),
                            Integer.parseInt(String.valueOf(d.get("cuda.deviceMinor")))));
                }
            }
        }
        return gpus;
    }
}
