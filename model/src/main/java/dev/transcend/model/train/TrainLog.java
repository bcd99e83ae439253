package dev.transcend.model.train;

import dev.transcend.core.io.AtomicFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code train_log.csv}: one row per logged step, appended and flushed as training goes, with the
 * header {@code step,learning_rate,train_loss,validation_loss,tokens_per_second,elapsed_seconds}.
 * Losses are cross-entropy in nats per move; a validation loss is empty on rows without an
 * evaluation. On resume, rows after the checkpoint's step are dropped, as those steps are redone.
 */
final class TrainLog implements AutoCloseable {

    static final String FILE_NAME = "train_log.csv";
    static final String[] HEADER = {"step", "learning_rate", "train_loss", "validation_loss", "tokens_per_second",
        "elapsed_seconds"};

    private final CSVPrinter printer;

    private TrainLog(CSVPrinter printer) {
        this.printer = printer;
    }

    /**
     * @param file the log file, created with a header if absent
     * @param keepUpToStep rows with a larger step are removed (the steps after the checkpoint)
     * @throws IOException if the file cannot be read or written
     */
    static TrainLog open(Path file, int keepUpToStep) throws IOException {
        List<List<String>> kept = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                for (CSVRecord row : parser) {
                    if (Integer.parseInt(row.get("step")) <= keepUpToStep) {
                        kept.add(row.toList());
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new IOException(file + ": not a training log: " + e.getMessage(), e);
            }
        }
        AtomicFiles.write(file, out -> {
            CSVPrinter p = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT);
            p.printRecord((Object[]) HEADER);
            for (List<String> row : kept) {
                p.printRecord(row);
            }
            p.flush();
        });
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        return new TrainLog(new CSVPrinter(writer, CSVFormat.DEFAULT));
    }

    /** Appends one row and flushes it to disk; null values are written empty. */
    void append(int step, double learningRate, Double trainLoss, Double validationLoss, double tokensPerSecond,
                double elapsedSeconds) throws IOException {
        printer.printRecord(step, plain(learningRate), plain(trainLoss), plain(validationLoss),
                BigDecimal.valueOf(tokensPerSecond).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString(),
                BigDecimal.valueOf(elapsedSeconds).setScale(1, java.math.RoundingMode.HALF_EVEN).toPlainString());
        printer.flush();
    }

    /** A plain decimal with 6 significant digits (no exponent), or empty. */
    static String plain(Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return value == null ? "" : value.toString();
        }
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    @Override
    public void close() throws IOException {
        printer.close();
    }
}
