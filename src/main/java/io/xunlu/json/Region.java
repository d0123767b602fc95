package io.xunlu.json;

/**
 * The division an article speaks from: GB/T 2260 code (320600), name (南通市), level (province,
 * prefecture, county) and the basis it was found on (text, dateline, option).
 */
public record Region(String code, String name, String level, String basis) {}
