package io.xunlu.json;

/** The division a post is held in: GB/T 2260 code, name, level (national posts: level national, no code or name). */
public record PostDivision(String code, String name, String level) {}
