package io.xunlu.json;

/** An amount attached to the project it measures. */
public record Fact(String attribute, Amount amount) {}
