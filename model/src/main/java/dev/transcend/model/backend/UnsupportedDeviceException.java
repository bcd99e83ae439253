package dev.transcend.model.backend;

import dev.transcend.model.ModelException;

/**
 * The ND4J build cannot run on this machine's accelerator, e.g. the CUDA 11.6 backend on a Hopper
 * GPU. The message names the device and the way out (the CPU build).
 */
public class UnsupportedDeviceException extends ModelException {

    /** @param message what the device is, why it cannot be used, and what to do instead */
    public UnsupportedDeviceException(String message) {
        super(message);
    }
}
