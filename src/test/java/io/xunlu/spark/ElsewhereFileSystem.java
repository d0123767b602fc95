package io.xunlu.spark;

import java.net.URI;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local disk under another scheme (elsewhere:/…), so that tests reach the job's code for
 * non-local file systems (HDFS, s3a): listing and link checks through Hadoop's FileSystem API, a
 * zip copied to a local temporary file before it is opened. Registered with
 * spark.hadoop.fs.elsewhere.impl.
 */
public final class ElsewhereFileSystem extends RawLocalFileSystem {
    static final String SCHEME = "elsewhere";
    private static final URI NAME = URI.create(SCHEME + ":///");

    @Override
    public URI getUri() { return NAME; }

    @Override
    public String getScheme() { return SCHEME; }
}
