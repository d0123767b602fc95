package io.xunlu.analysis;

/** One HanLP term: the word, its part-of-speech tag (nr, ns, nt, m, mq, nnt …) and its offsets. */
public record Token(String word, String tag, int start, int end) {
    public boolean tagStartsWith(String prefix) { return tag.startsWith(prefix); }
}
