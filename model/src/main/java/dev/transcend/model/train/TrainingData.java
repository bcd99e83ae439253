package dev.transcend.model.train;

import com.fasterxml.jackson.databind.JsonNode;
import dev.transcend.core.io.Json;
import dev.transcend.core.io.Sha256;
import dev.transcend.core.provenance.FileEntry;
import dev.transcend.core.provenance.Manifest;
import dev.transcend.core.vocab.MoveVocabulary;
import dev.transcend.dataprep.shard.ShardReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A prepared dataset folder as data-prep writes it: {@code train-*.shard}, {@code validation-*.shard}
 * and {@code manifest.json}, whose {@code settings.cap} (rating cap) and
 * {@code settings.vocabularyFingerprint} are read when present.
 *
 * @param dir the folder
 * @param train training games
 * @param validation validation games
 * @param ratingCap the rating cap C of the data, or null if the manifest does not say
 * @param manifestSha256 SHA-256 of {@code manifest.json}, or null if there is none
 * @param inputs the manifest and every shard with SHA-256, for the training manifest
 */
record TrainingData(Path dir, GameSet train, GameSet validation, Integer ratingCap, String manifestSha256,
                    List<FileEntry> inputs) {

    static final String TRAIN_PREFIX = "train-";
    static final String VALIDATION_PREFIX = "validation-";
    static final String SHARD_SUFFIX = ".shard";

    /**
     * @param dir a prepared dataset folder
     * @return its games, opened (memory-mapped) and checked
     * @throws IOException naming the folder or file if shards are missing or unreadable, a shard
     *                     uses another vocabulary size, or the manifest's vocabulary fingerprint is
     *                     not the standard vocabulary's
     */
    static TrainingData open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": no such dataset folder");
        }
        Integer cap = null;
        String manifestSha = null;
        List<FileEntry> inputs = new ArrayList<>();
        Path manifest = dir.resolve(Manifest.FILE_NAME);
        if (Files.isRegularFile(manifest)) {
            JsonNode settings = Json.mapper().readTree(manifest.toFile()).path("settings");
            JsonNode fingerprint = settings.path("vocabularyFingerprint");
            String expected = MoveVocabulary.standard().fingerprint();
            if (fingerprint.isTextual() && !fingerprint.asText().equals(expected)) {
                throw new IOException(manifest + ": dataset was tokenized with vocabulary " + fingerprint.asText()
                        + ", this build uses " + expected + "; prepare the data again with this version");
            }
            if (settings.path("cap").canConvertToInt()) {
                cap = settings.path("cap").asInt();
            }
            manifestSha = Sha256.of(manifest);
            inputs.add(FileEntry.of(manifest));
        }
        List<ShardReader> train = shards(dir, TRAIN_PREFIX, inputs);
        List<ShardReader> validation = shards(dir, VALIDATION_PREFIX, inputs);
        if (train.isEmpty()) {
            throw new IOException(dir + ": no " + TRAIN_PREFIX + "*" + SHARD_SUFFIX + " files; is this a prepared dataset?");
        }
        if (validation.isEmpty()) {
            throw new IOException(dir + ": no " + VALIDATION_PREFIX + "*" + SHARD_SUFFIX
                    + " files; the trainer needs a validation split");
        }
        return new TrainingData(dir, new GameSet(train), new GameSet(validation), cap, manifestSha, List.copyOf(inputs));
    }

    private static List<ShardReader> shards(Path dir, String prefix, List<FileEntry> inputs) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().startsWith(prefix)
                            && p.getFileName().toString().endsWith(SHARD_SUFFIX))
                    .sorted().toList();
        }
        List<ShardReader> readers = new ArrayList<>();
        int vocabSize = MoveVocabulary.standard().size();
        for (Path file : files) {
            ShardReader reader = ShardReader.open(file);
            if (reader.vocabSize() != vocabSize) {
                throw new IOException(file + ": shard uses a vocabulary of " + reader.vocabSize()
                        + " tokens, this build uses " + vocabSize);
            }
            readers.add(reader);
            inputs.add(FileEntry.of(file));
        }
        return readers;
    }
}
