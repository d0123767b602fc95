package io.xunlu.batch;

import io.xunlu.ingest.InputDoc;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The entries of a .zip archive, in the order of its central directory (stable from run to run),
 * each one input named ARCHIVE!/path/entry. Entry names written by Chinese Windows tools are GBK
 * without the UTF-8 flag; when a name is not valid UTF-8 the archive is read with GB18030 names.
 * Entries are read with a byte cap, so a zip bomb entry becomes an ingest.too_large record.
 */
public final class ZipSource implements InputWalker.Container {
    private final String archiveName;
    private final ZipFile zip;
    private final Enumeration<? extends ZipEntry> entries;
    private final InputSettings settings;

    private ZipSource(String archiveName, ZipFile zip, InputSettings settings) {
        this.archiveName = archiveName;
        this.zip = zip;
        this.entries = zip.entries();
        this.settings = settings;
    }

    public static ZipSource open(Path file, String archiveName, InputSettings settings) throws IOException {
        ZipFile utf8 = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        if (namesDecode(utf8)) return new ZipSource(archiveName, utf8, settings);
        utf8.close();
        return new ZipSource(archiveName, new ZipFile(file.toFile(), Charset.forName("GB18030")), settings);
    }

    /** The central directory is in memory already: checking every name is cheap. */
    private static boolean namesDecode(ZipFile zip) {
        try {
            Enumeration<? extends ZipEntry> e = zip.entries();
            while (e.hasMoreElements()) e.nextElement().getName();
            return true;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    @Override
    public InputItem next() {
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            if (entry.isDirectory()) continue;
            String name = archiveName + "!/" + entry.getName();
            return new InputItem(name, () -> read(name, entry));
        }
        return null;
    }

    private InputDoc read(String name, ZipEntry entry) throws InputFailure {
        if (entry.getSize() > settings.maxBytes()) throw BoundedRead.tooLarge(name, settings.maxBytes());
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = BoundedRead.readAll(in, settings.maxBytes(), name);
            return new InputDoc(name, bytes, null, null, settings.published(), settings.format(), settings.encoding(), settings.region());
        } catch (IOException | RuntimeException e) {
            throw new InputFailure("input.unreadable", "cannot read zip entry " + name + ": " + e, null, null);
        }
    }

    @Override
    public void close() throws IOException { zip.close(); }
}
