package io.xunlu.spark;

import java.io.Serializable;

/**
 * One thing the driver's walk found, in batch's input order: a plain file (one input), a .zip or
 * .jsonl file (a container of many inputs, opened on an executor), or a folder that could not be
 * listed (one input.unreadable record, as batch gives).
 *
 * @param name    the display name batch would give it (the argument as typed, then /child/…)
 * @param path    the Hadoop path to read it from (fully qualified)
 * @param failure for {@link Kind#UNREADABLE}, the error message; otherwise null
 */
record InputUnit(String name, String path, Kind kind, String failure) implements Serializable {
    enum Kind { FILE, ZIP, JSONL, UNREADABLE }

    boolean isContainer() { return kind == Kind.ZIP || kind == Kind.JSONL; }
}
