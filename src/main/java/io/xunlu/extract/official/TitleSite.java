package io.xunlu.extract.official;

import io.xunlu.extract.LocalSpan;

/**
 * A title where the text has it, with what the text says about its holder: the name standing
 * before the post (李卫国副市长; null when none), or that the title names a group and no one
 * person follows it (700多名省政协委员, 部分政协委员), and whether its body is one of civil society
 * (记者协会会长), which is no public office on its own; holdingVerb when a holding verb joins the
 * name before to the title (某任市委副书记), so that titles chained after it are that name's too.
 */
record TitleSite(Title title, LocalSpan nameBefore, boolean generic, boolean civil, boolean holdingVerb) {}
