package dev.transcend.dataprep.input;

import dev.transcend.core.io.Sha256;
import dev.transcend.core.provenance.FileEntry;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Standard input as an input ({@code --input -}): its bytes, as they arrive (compressed or not), are counted and
 * hashed with SHA-256, so the manifest records what was read as it does for a file: {@code <stdin>}, the bytes and
 * their SHA-256 ({@code zstdcat f.zst | prepare --input -} records the decompressed text, {@code prepare --input - <
 * f.zst} the file's own bytes, whose SHA-256 is then the file's). Not closed by the readers above it: closing is
 * the process's business.
 */
public final class StandardInput extends FilterInputStream {

    private final MessageDigest sha256 = Sha256.digest();
    private long bytes;

    /** @param in the process's standard input ({@code System.in}), or a test's stream */
    public StandardInput(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            sha256.update((byte) b);
            bytes++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            sha256.update(buffer, offset, n);
            bytes += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // every byte must pass the digest, so skipping reads
        byte[] buffer = new byte[(int) Math.min(n, 8192)];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void close() {
        // standard input stays open; nothing is read from it after the run
    }

    /** @return bytes read so far */
    public long bytesRead() {
        return bytes;
    }

    /** @return the manifest's entry: {@code <stdin>}, the bytes read and their SHA-256 */
    public FileEntry entry() {
        try {
            MessageDigest copy = (MessageDigest) sha256.clone();
            return new FileEntry(InputFile.STDIN_NAME, bytes, HexFormat.of().formatHex(copy.digest()));
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the SHA-256 digest of every Java platform can be cloned", e);
        }
    }
}
