package io.xunlu.extract.person;

import io.xunlu.extract.LocalSpan;

/** A named person with the role words the text puts before the name (项目负责人, 社区志愿者代表); role is null where the text gives none. */
public record PersonFinding(LocalSpan name, LocalSpan role, String rule) {}
