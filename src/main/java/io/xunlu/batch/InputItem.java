package io.xunlu.batch;

import io.xunlu.ingest.InputDoc;

/**
 * One input of a batch run, not yet read: its display name and how to read it. Reading is lazy so
 * that --resume can skip inputs without touching them, and so that a walk over millions of files
 * holds one at a time. The loader is valid until the walker moves on to the next item.
 */
public record InputItem(String name, Loader loader) {
    @FunctionalInterface
    public interface Loader {
        InputDoc load() throws InputFailure;
    }

    public InputDoc load() throws InputFailure { return loader.load(); }

    /** An input known to be unusable before it is read (a folder that cannot be listed, a corrupt zip). */
    public static InputItem failed(String name, String code, String message) {
        return new InputItem(name, () -> {
            throw new InputFailure(code, message, null, null);
        });
    }
}
