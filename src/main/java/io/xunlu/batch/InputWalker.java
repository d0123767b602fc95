package io.xunlu.batch;

import io.xunlu.ingest.InputDoc;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The inputs of a batch run, one at a time, in a deterministic order: the arguments as given;
 * folders recursively, each folder's entries sorted by name; .zip archives entry by entry; .jsonl
 * files line by line. Nothing is listed in full except one folder's own entries, so a jsonl of
 * millions of lines or a tree of millions of files streams. The same arguments over the same
 * files give the same sequence, which is what --resume counts on.
 *
 * <p>Symbolic links to folders are not followed (a link cycle would never end); links to files are.
 */
public final class InputWalker implements Closeable {
    /** A file that holds many inputs: a zip archive or a jsonl file. */
    public interface Container extends Closeable {
        /** The next input, or null when there are no more. */
        InputItem next() throws IOException;
    }

    private final InputSettings settings;
    /** Paths still to visit: the arguments at the bottom, one iterator per folder being walked above. */
    private final Deque<Iterator<Path>> pending = new ArrayDeque<>();
    private Container container;
    private String containerName;

    public InputWalker(List<Path> arguments, InputSettings settings) {
        this.settings = settings;
        pending.push(List.copyOf(arguments).iterator());
    }

    /** The next input, or null when every argument has been walked. */
    public InputItem next() throws IOException {
        while (true) {
            if (container != null) {
                InputItem item;
                try {
                    item = container.next();
                } catch (IOException e) {
                    // a file that breaks part-way (a truncated jsonl on a failing disk): say so once, go on
                    closeContainer();
                    return InputItem.failed(containerName, "input.unreadable", "reading stopped: " + e.getMessage());
                }
                if (item != null) return item;
                closeContainer();
            }
            Path p = nextPath();
            if (p == null) return null;
            String name = p.toString();
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                List<Path> children = new ArrayList<>();
                try (DirectoryStream<Path> dir = Files.newDirectoryStream(p)) {
                    for (Path c : dir) children.add(c);
                } catch (IOException | SecurityException e) {
                    return InputItem.failed(name, "input.unreadable", "cannot list folder: " + e);
                }
                children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
                pending.push(children.iterator());
                continue;
            }
            if (Files.isDirectory(p)) continue; // a link to a folder
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".zip")) {
                try {
                    container = ZipSource.open(p, name, settings);
                    containerName = name;
                } catch (IOException | RuntimeException e) {
                    return InputItem.failed(name, "input.unreadable", "cannot open zip archive: " + e);
                }
                continue;
            }
            if (lower.endsWith(".jsonl")) {
                try {
                    container = new JsonlSource(name, Files.newInputStream(p), settings);
                    containerName = name;
                } catch (IOException | RuntimeException e) {
                    return InputItem.failed(name, "input.unreadable", "cannot open jsonl file: " + e);
                }
                continue;
            }
            return new InputItem(name, () -> readFile(p, name));
        }
    }

    private Path nextPath() {
        while (!pending.isEmpty()) {
            Iterator<Path> top = pending.peek();
            if (top.hasNext()) return top.next();
            pending.pop();
        }
        return null;
    }

    private InputDoc readFile(Path p, String name) throws InputFailure {
        try {
            if (!Files.isRegularFile(p)) throw new InputFailure("input.unreadable", "not a regular file: " + name, null, null);
            if (Files.size(p) > settings.maxBytes()) throw BoundedRead.tooLarge(name, settings.maxBytes());
            byte[] bytes;
            try (InputStream in = Files.newInputStream(p)) {
                bytes = BoundedRead.readAll(in, settings.maxBytes(), name);
            }
            return new InputDoc(name, bytes, null, null, settings.published(), settings.format(), settings.encoding(), settings.region());
        } catch (IOException | SecurityException e) {
            throw new InputFailure("input.unreadable", "cannot read " + name + ": " + e, null, null);
        }
    }

    private void closeContainer() {
        try {
            container.close();
        } catch (IOException ignored) {
            // read-only: nothing was lost, the next input goes on
        }
        container = null;
        containerName = null;
    }

    @Override
    public void close() {
        if (container != null) closeContainer();
        pending.clear();
    }
}
