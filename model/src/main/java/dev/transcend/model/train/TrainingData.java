package dev.transcend.model.train;

import dev.transcend.core.io.Sha256;
import dev.transcend.core.provenance.FileEntry;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.provenance.Stage;
import dev.transcend.core.dataset.DatasetSettings;
import dev.transcend.core.vocab.MoveVocabulary;
import dev.transcend.core.dataset.PrepareCounts;
import dev.transcend.core.dataset.ShardInfo;
import dev.transcend.core.dataset.Split;
import dev.transcend.core.dataset.ShardReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A prepared dataset folder as data-prep's {@code prepare} writes it: {@code manifest.json} (stage
 * {@code prepare}), whose {@code counts.shards} list every shard with its split and SHA-256, and the
 * shards {@code train-*.shard} and {@code validation-*.shard}. Its settings ({@link DatasetSettings}: rating cap,
 * vocabulary fingerprint) are used when present.
 *
 * @param dir the folder
 * @param train training games
 * @param validation validation games
 * @param ratingCap the rating cap C of the data, or null if the manifest does not say
 * @param datasetSha256 the dataset's identity: SHA-256 of its shard list (one line {@code "<file> <split> <sha256>"}
 *                      per shard, in manifest order), so that the same games prepared again with the same settings
 *                      (byte-identical shards, a new manifest time) are the same dataset
 * @param inputs the manifest and every shard with SHA-256, for the training manifest
 */
record TrainingData(Path dir, GameSet train, GameSet validation, Integer ratingCap, String datasetSha256,
                    List<FileEntry> inputs) {

    static final String SHARD_SUFFIX = ".shard";

    /**
     * Opens a dataset and checks all of it before training starts: every shard must match the SHA-256
     * its manifest records and be well formed (ShardReader.open checks every game), and both splits must hold
     * games with moves.
     *
     * @param dir a prepared dataset folder
     * @return its games, opened (memory-mapped) and checked
     * @throws IOException naming the folder or file and what to do if the manifest is missing, is not a
     *                     {@code prepare} manifest or lists no shards, a shard is missing, unlisted, changed
     *                     since it was prepared (checksum), corrupt (naming the game) or of another vocabulary
     *                     size, the vocabulary fingerprint is not this build's, or a split has no games
     */
    static TrainingData open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": no such dataset folder");
        }
        Path manifestFile = dir.resolve(Manifest.FILE_NAME);
        if (!Files.isRegularFile(manifestFile)) {
            throw new IOException(dir + ": no " + Manifest.FILE_NAME + "; not a prepared dataset (write one with"
                    + " 'transcend prepare')");
        }
        Manifest manifest = readManifest(dir);
        DatasetSettings settings;
        try {
            settings = manifest.settingsAs(DatasetSettings.class);
        } catch (IOException e) {
            throw new IOException(manifestFile + ": " + e.getMessage() + "; prepare the dataset again", e);
        }
        String fingerprint = settings.vocabularyFingerprint();
        MoveVocabulary vocabulary = MoveVocabulary.standard();
        if (fingerprint != null && !fingerprint.equals(vocabulary.fingerprint())) {
            throw new IOException(manifestFile + ": dataset was tokenized with vocabulary " + fingerprint
                    + ", this build uses " + vocabulary.fingerprint() + "; prepare the data again with this version");
        }
        Integer cap = settings.cap();
        List<FileEntry> inputs = new ArrayList<>();
        inputs.add(new FileEntry(manifestFile.toString(), Files.size(manifestFile), Sha256.of(manifestFile)));

        List<ShardInfo> listed = shardsOf(manifest, manifestFile);
        requireNoUnlistedShards(dir, listed);
        Map<Split, List<ShardReader>> splits = new EnumMap<>(Split.class);
        for (Split split : Split.values()) {
            splits.put(split, new ArrayList<>());
        }
        for (ShardInfo info : listed) {
            splits.get(info.split()).add(openVerified(dir, info, vocabulary, inputs));
        }
        GameSet train = new GameSet(splits.get(Split.TRAIN));
        GameSet validation = new GameSet(splits.get(Split.VALIDATION));
        if (train.size() == 0) {
            throw new IOException(dir + ": the training split has no games with at least one move; prepare the"
                    + " dataset again from more games, or with a filter that keeps more of them (e.g. a higher cap)");
        }
        if (validation.size() == 0) {
            throw new IOException(dir + ": the validation split has no games with at least one move; prepare the"
                    + " dataset again from more games or with a larger validationFraction (prepare setting, default 0.05)");
        }
        String datasetSha = Sha256.ofText(listed.stream().map(i -> i.file() + " " + i.split() + " " + i.sha256())
                .collect(Collectors.joining("\n")));
        return new TrainingData(dir, train, validation, cap, datasetSha, List.copyOf(inputs));
    }

    private static Manifest readManifest(Path dir) throws IOException {
        Manifest manifest;
        try {
            manifest = Manifest.readFrom(dir);
        } catch (IOException | RuntimeException e) {
            throw new IOException(dir.resolve(Manifest.FILE_NAME) + ": cannot read the dataset manifest ("
                    + e.getMessage() + "); prepare the dataset again", e);
        }
        if (manifest.stage() != Stage.PREPARE) {
            throw new IOException(dir + ": " + Manifest.FILE_NAME + " is of stage '" + manifest.stage()
                    + "', not a prepared dataset ('prepare'); pass the folder that 'transcend prepare' wrote");
        }
        return manifest;
    }

    private static List<ShardInfo> shardsOf(Manifest manifest, Path manifestFile) throws IOException {
        PrepareCounts counts;
        try {
            counts = manifest.countsAs(PrepareCounts.class);
        } catch (IOException | RuntimeException e) {
            throw new IOException(manifestFile + ": its counts are not those of a prepare run (" + e.getMessage()
                    + "); prepare the dataset again", e);
        }
        List<ShardInfo> shards = counts == null || counts.shards() == null ? List.of() : counts.shards();
        if (shards.isEmpty()) {
            throw new IOException(manifestFile + ": lists no shards (counts.shards); prepare the dataset again");
        }
        for (ShardInfo info : shards) {
            if (info.file() == null || info.split() == null || info.sha256() == null
                    || !info.file().equals(Path.of(info.file()).getFileName().toString())) {
                throw new IOException(manifestFile + ": bad shard entry " + info + "; prepare the dataset again");
            }
        }
        return shards;
    }

    /** A shard file the manifest does not list was not written by the prepare run the manifest describes. */
    private static void requireNoUnlistedShards(Path dir, List<ShardInfo> listed) throws IOException {
        Set<String> names = listed.stream().map(ShardInfo::file).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(SHARD_SUFFIX) && !names.contains(name)) {
                    throw new IOException(file + ": shard not listed in " + Manifest.FILE_NAME
                            + "; remove it or prepare the dataset again");
                }
            }
        }
    }

    private static ShardReader openVerified(Path dir, ShardInfo info, MoveVocabulary vocabulary,
                                            List<FileEntry> inputs) throws IOException {
        Path file = dir.resolve(info.file());
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": listed in " + Manifest.FILE_NAME + " but missing; prepare the dataset again");
        }
        String sha = Sha256.of(file);
        if (!sha.equalsIgnoreCase(info.sha256())) {
            throw new IOException(file + ": does not match its manifest checksum (SHA-256 " + sha + ", "
                    + Manifest.FILE_NAME + " records " + info.sha256() + "); prepare the dataset again");
        }
        ShardReader reader = ShardReader.open(file);
        if (reader.vocabSize() != vocabulary.size()) {
            throw new IOException(file + ": shard uses a vocabulary of " + reader.vocabSize()
                    + " tokens, this build uses " + vocabulary.size());
        }
        inputs.add(new FileEntry(file.toString(), Files.size(file), sha));
        return reader;
    }
}
