package io.xunlu.spark;

import io.xunlu.batch.BoundedRead;
import io.xunlu.batch.InputFailure;
import io.xunlu.batch.InputItem;
import io.xunlu.batch.InputSettings;
import io.xunlu.batch.InputWalker;
import io.xunlu.batch.JsonlSource;
import io.xunlu.batch.ZipSource;
import io.xunlu.ingest.InputDoc;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The inputs of one unit, on an executor, exactly as batch's InputWalker yields them: a plain
 * file is one input; a .jsonl or .zip goes through batch's own JsonlSource and ZipSource, so names,
 * ids, line numbers, GBK entry names and byte caps are the same code; a container that cannot be
 * opened, or that breaks part-way, gives one input.unreadable input and ends, as in batch.
 *
 * <p>A zip needs random access (its central directory fixes the entry order), so one that is not
 * on local disk is first copied to a local temporary file, deleted on close.
 */
final class UnitReader implements Closeable {
    private final InputUnit unit;
    private final Configuration conf;
    private final InputSettings settings;
    private InputWalker.Container container;
    /** A container that could not be opened: its one input. */
    private InputItem failedOpen;
    private java.nio.file.Path tempCopy;
    private boolean plainFileDone;

    private UnitReader(InputUnit unit, Configuration conf, InputSettings settings) {
        this.unit = unit;
        this.conf = conf;
        this.settings = settings;
    }

    /**
     * Opens a unit. Never throws for the unit's own troubles: those become its one failed input.
     */
    static UnitReader open(InputUnit unit, Configuration conf, InputSettings settings) {
        UnitReader r = new UnitReader(unit, conf, settings);
        if (unit.kind() == InputUnit.Kind.ZIP) r.openZip();
        if (unit.kind() == InputUnit.Kind.JSONL) r.openJsonl();
        return r;
    }

    /** How many inputs the unit holds: a byte scan for jsonl (lines are parsed only when loaded), the central directory for zip. */
    static long count(InputUnit unit, Configuration conf, InputSettings settings) {
        try (UnitReader r = open(unit, conf, settings)) {
            long n = 0;
            while (r.next() != null) n++;
            return n;
        }
    }

    private void openZip() {
        try {
            Path p = new Path(unit.path());
            FileSystem fs = p.getFileSystem(conf);
            java.nio.file.Path local = InputListing.localPath(fs, p);
            if (local == null) {
                tempCopy = Files.createTempFile("xunlu-spark-", ".zip");
                try (InputStream in = fs.open(p)) {
                    Files.copy(in, tempCopy, StandardCopyOption.REPLACE_EXISTING);
                }
                local = tempCopy;
            }
            container = ZipSource.open(local, unit.name(), settings);
        } catch (IOException | RuntimeException e) {
            failedOpen = InputItem.failed(unit.name(), "input.unreadable", "cannot open zip archive: " + e);
        }
    }

    private void openJsonl() {
        try {
            Path p = new Path(unit.path());
            container = new JsonlSource(unit.name(), p.getFileSystem(conf).open(p), settings);
        } catch (IOException | RuntimeException e) {
            failedOpen = InputItem.failed(unit.name(), "input.unreadable", "cannot open jsonl file: " + e);
        }
    }

    /** The next input, or null when the unit has no more. */
    InputItem next() {
        if (failedOpen != null) {
            InputItem f = failedOpen;
            failedOpen = null;
            return f;
        }
        switch (unit.kind()) {
            case UNREADABLE -> {
                if (plainFileDone) return null;
                plainFileDone = true;
                return InputItem.failed(unit.name(), "input.unreadable", unit.failure());
            }
            case FILE -> {
                if (plainFileDone) return null;
                plainFileDone = true;
                return new InputItem(unit.name(), this::readFile);
            }
            default -> {
                if (container == null) return null;
                try {
                    InputItem item = container.next();
                    if (item != null) return item;
                    closeContainer();
                    return null;
                } catch (IOException e) {
                    // a file that breaks part-way: said once, then the unit ends (batch does the same)
                    closeContainer();
                    return InputItem.failed(unit.name(), "input.unreadable", "reading stopped: " + e.getMessage());
                }
            }
        }
    }

    private InputDoc readFile() throws InputFailure {
        String name = unit.name();
        try {
            Path p = new Path(unit.path());
            FileSystem fs = p.getFileSystem(conf);
            FileStatus st = fs.getFileStatus(p);
            if (!st.isFile()) throw new InputFailure("input.unreadable", "not a regular file: " + name, null, null);
            if (st.getLen() > settings.maxBytes()) throw BoundedRead.tooLarge(name, settings.maxBytes());
            byte[] bytes;
            try (InputStream in = fs.open(p)) {
                bytes = BoundedRead.readAll(in, settings.maxBytes(), name);
            }
            return new InputDoc(name, bytes, null, null, settings.published(), settings.format(), settings.encoding(), settings.region());
        } catch (IOException | SecurityException e) {
            throw new InputFailure("input.unreadable", "cannot read " + name + ": " + e, null, null);
        }
    }

    private void closeContainer() {
        if (container == null) return;
        try {
            container.close();
        } catch (IOException ignored) {
            // read-only: nothing was lost
        }
        container = null;
    }

    @Override
    public void close() {
        closeContainer();
        if (tempCopy == null) return;
        try {
            Files.deleteIfExists(tempCopy);
        } catch (IOException e) {
            tempCopy.toFile().deleteOnExit(); // the records are written already; only disk space is at stake
        }
        tempCopy = null;
    }
}
