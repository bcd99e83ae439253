package dev.transcend.dataprep.input;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A file {@code transcend prepare} can read, or standard input ({@link #stdin()}).
 *
 * @param path the file; {@link #STDIN} for standard input
 * @param format what it holds
 * @param compression how it is compressed ({@link Compression#NONE} for standard input, whose compression is told
 *                    by its first bytes when it is opened)
 */
public record InputFile(Path path, InputFormat format, Compression compression) {

    /** The path that stands for standard input on the command line: {@code -}. */
    public static final Path STDIN = Path.of("-");

    /** The name standard input goes by in counts, {@code stats.csv}, {@code skipped.csv} and the manifest. */
    public static final String STDIN_NAME = "<stdin>";

    /** @return standard input, read as PGN (plain, or gzip/zstd/bzip2 told by its magic number) */
    public static InputFile stdin() {
        return new InputFile(STDIN, InputFormat.PGN, Compression.NONE);
    }

    /** @return whether this is standard input */
    public boolean isStdin() {
        return path.equals(STDIN);
    }

    /** @return the name in counts and messages: the path as given, or {@code <stdin>} */
    public String name() {
        return isStdin() ? STDIN_NAME : path.toString();
    }

    /**
     * @param path a file name such as {@code games.pgn.zst} or {@code games.csv.gz} (case-insensitive)
     * @return the input it names, or empty if the extensions are not supported
     */
    public static Optional<InputFile> detect(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        Compression compression = Compression.ofName(lower);
        String base = lower.substring(0, lower.length() - compression.extension().length());
        for (InputFormat format : InputFormat.values()) {
            if (base.endsWith(format.extension()) && base.length() > format.extension().length()) {
                return Optional.of(new InputFile(path, format, compression));
            }
        }
        return Optional.empty();
    }

    /** @return the supported extensions, for error messages, e.g. {@code .pgn, .pgn.gz, ...} */
    public static String supportedExtensions() {
        StringBuilder out = new StringBuilder();
        for (InputFormat format : InputFormat.values()) {
            for (Compression compression : Compression.values()) {
                out.append(out.length() == 0 ? "" : ", ").append(format.extension()).append(compression.extension());
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return name();
    }
}
