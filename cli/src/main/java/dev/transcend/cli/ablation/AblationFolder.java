package dev.transcend.cli.ablation;

import dev.transcend.core.config.ConfigException;
import dev.transcend.core.io.AtomicFiles;
import dev.transcend.core.io.Json;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An ablation's folder ({@code runDir}): {@code ablation.json} (which ablation it belongs to), {@code configs/<arm>.yaml},
 * {@code logs/<arm>.log}, {@code report/} and one run folder per arm. Before anything is written, {@link #check()}
 * makes sure the folder is new, empty, or this ablation's, so a user's files and another ablation's results are never
 * overwritten (as {@code run} refuses a folder that is not a run's).
 */
final class AblationFolder {

    static final String MARKER = "ablation.json";

    /** The content of {@link #MARKER}: which ablation the folder belongs to. */
    record Marker(String ablation) {
    }

    private final Path root;
    private final AblationConfig config;

    AblationFolder(Path root, AblationConfig config) {
        this.root = root;
        this.config = config;
    }

    /** @return the first line of an arm's config file, which marks it as written for that arm of this ablation */
    static String armConfigHeader(AblationConfig config, AblationArm arm) {
        return "# arm '" + arm.name() + "' of ablation '" + config.name() + "', written by transcend ablate";
    }

    /**
     * @throws ConfigException if {@code runDir} is a file, holds another ablation, or holds files this ablation would
     *                         not have written (naming them)
     * @throws IOException     if the folder cannot be read
     */
    void check() throws IOException {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw refused("exists and is not a folder");
        }
        if (!Files.isDirectory(root)) {
            return;
        }
        Path marker = root.resolve(MARKER);
        if (Files.isRegularFile(marker)) {
            String owner;
            try {
                owner = String.valueOf(Json.read(marker, Marker.class).ablation());
            } catch (IOException unreadable) {
                owner = "? (unreadable: " + unreadable.getMessage() + ")";
            }
            if (!owner.equals(config.name())) {
                throw refused("holds ablation '" + owner + "' (" + marker + "); give this ablation another runDir");
            }
        }
        Set<String> ours = new HashSet<>(AblationConfig.RESERVED);
        ours.add(MARKER);
        ours.addAll(config.armNames());
        List<String> foreign = new ArrayList<>();
        try (Stream<Path> entries = Files.list(root)) {
            entries.map(p -> p.getFileName().toString()).filter(n -> !ours.contains(n)).sorted().forEach(foreign::add);
        }
        if (!foreign.isEmpty()) {
            throw refused("is not empty and is not this ablation's folder: it holds " + shortList(foreign)
                    + ", which ablation '" + config.name() + "' would not write");
        }
        Path report = root.resolve("report");
        if (Files.isDirectory(report)) {
            Set<String> reportFiles = new HashSet<>(Set.of("ablation.html", "ablation.md", "verdicts.csv",
                    "manifest.json"));
            config.armNames().forEach(arm -> reportFiles.add(arm + ".png"));
            List<String> all = new ArrayList<>();
            try (Stream<Path> entries = Files.list(report)) {
                entries.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().forEach(all::add);
            }
            List<String> others = all.stream().filter(n -> !reportFiles.contains(n)).toList();
            // a report this tool wrote has its manifest.json; without one, even files with the report's names are a user's
            if (!others.isEmpty() || !all.isEmpty() && !Files.isRegularFile(report.resolve("manifest.json"))) {
                throw refused("holds " + report + " with files an ablation report would not have ("
                        + (others.isEmpty() ? "no manifest.json" : shortList(others)) + ")");
            }
        } else if (Files.exists(report)) {
            throw refused("holds " + report + ", which is not a folder");
        }
        for (AblationArm arm : config.arms()) {
            Path file = armConfig(arm);
            if (Files.exists(file) && !firstLine(file).startsWith(armConfigHeader(config, arm))) {
                throw refused("holds " + file + ", which is not the config ablate wrote for arm '" + arm.name()
                        + "' of ablation '" + config.name() + "'; move it away");
            }
        }
    }

    /**
     * Creates the folder, {@code configs/} and {@code logs/}, and marks the folder as this ablation's.
     *
     * @throws ConfigException if they cannot be created (naming {@code runDir})
     */
    void create() {
        try {
            Files.createDirectories(root.resolve("configs"));
            Files.createDirectories(root.resolve("logs"));
            // names are letters, digits, . _ - (AblationConfig), so the JSON needs no escaping
            AtomicFiles.writeString(root.resolve(MARKER), "{\"ablation\": \"" + config.name() + "\"}\n");
        } catch (IOException e) {
            throw refused("cannot be written: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    Path armConfig(AblationArm arm) {
        return root.resolve("configs").resolve(arm.name() + ".yaml");
    }

    Path armLog(AblationArm arm) {
        return root.resolve("logs").resolve(arm.name() + ".log");
    }

    private ConfigException refused(String what) {
        return new ConfigException("runDir " + root + " " + what + "; choose another runDir (or name) for ablation '"
                + config.name() + "'");
    }

    private static String firstLine(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return "";
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            return line == null ? "" : line;
        } catch (java.nio.charset.CharacterCodingException e) {
            return "";
        }
    }

    private static String shortList(List<String> names) {
        return names.size() <= 5 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more";
    }
}
