package io.xunlu.extract.official;

import io.xunlu.extract.LocalSpan;
import java.util.List;

/** One place where a title (or a chain of titles) stands before a name: 市委副书记、市长李卫国. */
public record OfficialFinding(LocalSpan name, List<Title> titles, String rule) {}
