package io.xunlu.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The driver's walk over the arguments, in the order batch's InputWalker uses (the arguments as
 * given, folders recursively with each folder's entries sorted by name, symbolic links to folders
 * not followed: on local disk checked with java.nio as batch does, elsewhere as the file system's
 * link status says), through Hadoop's FileSystem API so that any file system Spark reaches works. Only
 * names are read here; containers (.zip, .jsonl) are opened on the executors.
 *
 * <p>Names are the ones batch prints: an argument without a scheme is named as java.nio would
 * name it (so "corpus/" gives "corpus/seed/a.txt", exactly batch's source.name); an argument with a
 * scheme (hdfs://…, s3a://…) keeps it.
 */
final class InputListing {
    private InputListing() {}

    /** Every unit the arguments name, in batch's order. */
    static List<InputUnit> walk(List<String> arguments, Configuration conf) throws IOException {
        List<InputUnit> units = new ArrayList<>();
        for (String arg : arguments) {
            Path p = new Path(arg);
            FileSystem fs = p.getFileSystem(conf);
            visit(fs, fs.makeQualified(p), displayName(arg), units);
        }
        return units;
    }

    /** Arguments that name nothing: batch refuses to start on them (usage error), and so does the job. */
    static List<String> missing(List<String> arguments, Configuration conf) throws IOException {
        List<String> missing = new ArrayList<>();
        for (String arg : arguments) {
            Path p = new Path(arg);
            if (!p.getFileSystem(conf).exists(p)) missing.add(arg);
        }
        return missing;
    }

    private static void visit(FileSystem fs, Path p, String name, List<InputUnit> units) {
        String path = p.toString();
        if (isFolder(fs, p)) {
            FileStatus[] children;
            try {
                children = fs.listStatus(p);
            } catch (IOException | SecurityException e) {
                units.add(new InputUnit(name, path, InputUnit.Kind.UNREADABLE, "cannot list folder: " + e));
                return;
            }
            Arrays.sort(children, Comparator.comparing(c -> c.getPath().getName()));
            for (FileStatus c : children) visit(fs, c.getPath(), childName(name, c.getPath().getName()), units);
            return;
        }
        if (isLinkToFolder(fs, p)) return;
        String lower = name.toLowerCase(Locale.ROOT);
        InputUnit.Kind kind = lower.endsWith(".zip") ? InputUnit.Kind.ZIP
                : lower.endsWith(".jsonl") ? InputUnit.Kind.JSONL : InputUnit.Kind.FILE;
        units.add(new InputUnit(name, path, kind, null));
    }

    private static boolean isFolder(FileSystem fs, Path p) {
        java.nio.file.Path local = localPath(fs, p);
        if (local != null) return Files.isDirectory(local, LinkOption.NOFOLLOW_LINKS);
        try {
            return fs.getFileLinkStatus(p).isDirectory(); // a link's own status is never a folder
        } catch (IOException | UnsupportedOperationException e) {
            return false; // read as a file: its reading gives the error record
        }
    }

    /** A cycle of links would never end, so links to folders are skipped, as batch does. */
    private static boolean isLinkToFolder(FileSystem fs, Path p) {
        java.nio.file.Path local = localPath(fs, p);
        if (local != null) return Files.isDirectory(local);
        try {
            return fs.getFileLinkStatus(p).isSymlink() && fs.getFileStatus(p).isDirectory();
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /**
     * The java.nio path of a file on local disk (the file: scheme), else null. Hadoop's local file
     * system resolves symbolic links when it lists, so on local disk the link checks go through
     * java.nio, exactly as batch makes them; and a local zip is opened where it lies.
     */
    static java.nio.file.Path localPath(FileSystem fs, Path p) {
        if (!"file".equals(fs.getUri().getScheme())) return null;
        return java.nio.file.Path.of(fs.makeQualified(p).toUri().getPath()); // the decoded path: no %-escapes
    }

    /** The name batch gives an argument: java.nio's rendering of it, or the URI as typed when it has a scheme. */
    static String displayName(String arg) {
        return hasScheme(arg) ? new Path(arg).toString() : java.nio.file.Path.of(arg).toString();
    }

    static String childName(String parent, String child) {
        if (hasScheme(parent)) return parent.endsWith("/") ? parent + child : parent + "/" + child;
        return java.nio.file.Path.of(parent).resolve(child).toString();
    }

    /** "hdfs://…", "s3a://…", "file:/…": a letter, then letters, digits, '+', '-' or '.', then ':'. */
    static boolean hasScheme(String s) {
        if (s.length() < 3 || !isAsciiLetter(s.charAt(0))) return false; // "C:" is a drive, not a scheme
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':') return i > 1;
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return false;
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
}
