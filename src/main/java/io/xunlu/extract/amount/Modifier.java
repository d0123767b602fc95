package io.xunlu.extract.amount;

/** A row of models/numbers/modifiers.tsv: a word that makes a figure approximate or bounded. */
public record Modifier(String surface, Position position, boolean approximate, String bound) {
    /** Where the word stands relative to the figure. */
    public enum Position { BEFORE, BEFORE_SCALE, AFTER, INFIX }
}
