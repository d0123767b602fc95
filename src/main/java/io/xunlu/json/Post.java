package io.xunlu.json;

/**
 * One of an official's titles resolved to the division it is held in: the title as written
 * (市委书记), the full title with its place (南通市委书记), the division (null where nothing says
 * which, or for a post of a firm), the body (市委) and the post (书记).
 */
public record Post(String title, String full, PostDivision division, String body, String post) {}
