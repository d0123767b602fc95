package io.xunlu.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One annotated input: the input file, its gold document, and the publication date the gold gives
 * (null when the gold says null). name is the input's path relative to the folder it was found in;
 * part is the real set's split (tune, untouched), null elsewhere.
 */
public record GoldFile(String name, Path input, Path goldPath, JsonNode gold, LocalDate published, String part) {}
