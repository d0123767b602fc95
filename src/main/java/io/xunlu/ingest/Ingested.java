package io.xunlu.ingest;

/** Decoded source text (for HTML: the text taken out of the markup), and how it was read. */
public record Ingested(String text, Format format, String encoding, String sha256, boolean extractedFromMarkup) {}
