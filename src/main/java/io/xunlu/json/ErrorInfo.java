package io.xunlu.json;

/** Why an input could not be extracted; codes are listed in the README. */
public record ErrorInfo(String code, String message) {}
