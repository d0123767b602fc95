package io.xunlu.layout;

/** A repair the layout made (joined lines across a column break), at a page-text offset. */
public record LayoutWarning(String code, String message, int at) {}
