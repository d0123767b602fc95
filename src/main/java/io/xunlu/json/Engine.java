package io.xunlu.json;

public record Engine(String version, String hanlp) {}
