package io.xunlu.spark;

import java.io.IOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The output folder, replaced whole or not at all, so a rerun over the same path is idempotent:
 * Spark writes the part files into a hidden sibling (.OUT.xunlu-tmp-UUID), and only when the job
 * has succeeded is the old OUT moved aside, the new one renamed into place and the old one deleted.
 * A failed run leaves OUT as it was. Folder renames are atomic on HDFS and local disk; on object
 * stores (s3a, gs) a rename is a copy, so there the swap is not atomic, only idempotent.
 *
 * <p>Temporary folders that a killed run left beside OUT are deleted when the next run starts:
 * one run per output path at a time.
 */
final class ReplacingOutput {
    private final FileSystem fs;
    private final Path target;
    private final Path temp;

    private ReplacingOutput(FileSystem fs, Path target, Path temp) {
        this.fs = fs;
        this.target = target;
        this.temp = temp;
    }

    static ReplacingOutput prepare(String output, Configuration conf) throws IOException {
        Path p = new Path(output);
        FileSystem fs = p.getFileSystem(conf);
        Path target = fs.makeQualified(p);
        Path parent = target.getParent();
        if (parent == null) throw new IOException("the output cannot be a file system's root: " + output);
        fs.mkdirs(parent);
        String prefix = hiddenPrefix(target);
        for (FileStatus s : fs.listStatus(parent)) {
            if (s.getPath().getName().startsWith(prefix)) fs.delete(s.getPath(), true); // a killed run's leftovers
        }
        return new ReplacingOutput(fs, target, new Path(parent, prefix + "tmp-" + UUID.randomUUID()));
    }

    /** Leading '.': Hadoop's and Spark's readers skip hidden names, so a half-written run is never read as input. */
    private static String hiddenPrefix(Path target) { return "." + target.getName() + ".xunlu-"; }

    /** Where the job writes its part files. */
    Path temp() { return temp; }

    Path target() { return target; }

    /** The job succeeded: its folder becomes OUT. */
    void commit() throws IOException {
        Path old = null;
        if (fs.exists(target)) {
            old = new Path(target.getParent(), hiddenPrefix(target) + "old-" + UUID.randomUUID());
            if (!fs.rename(target, old)) throw new IOException("cannot move the previous output aside: " + target);
        }
        if (!fs.rename(temp, target)) throw new IOException("cannot move the new output into place: " + target);
        if (old != null) fs.delete(old, true);
    }

    /** The job failed: OUT stays as it was. */
    void abandon() {
        try {
            fs.delete(temp, true);
        } catch (IOException ignored) {
            // the next run deletes it (see prepare)
        }
    }
}
