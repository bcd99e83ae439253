package dev.transcend.dataprep.input;

import java.io.IOException;

/**
 * An input that failed part-way (truncated or corrupt compression, an I/O error): the message names the file, the
 * byte offset and what went wrong; the games read before it stand.
 */
public final class InputReadException extends IOException {

    private final long byteOffset;

    InputReadException(String message, long byteOffset, Throwable cause) {
        super(message, cause);
        this.byteOffset = byteOffset;
    }

    /**
     * @return bytes of the input as stored (compressed) that the decompressor had taken when it failed; the fault lies
     *         at or before this offset, within the decompressor's input buffer
     */
    public long byteOffset() {
        return byteOffset;
    }
}
