package io.xunlu.fuzz;

/**
 * How long each fuzz target runs in fuzzing mode (JAZZER_FUZZ=1, see .ci/fuzz.sh). Jazzer reads
 * the duration from the annotation only, so it is one constant here; regression mode (plain
 * {@code mvn test}) ignores it and runs the kept inputs in seconds.
 */
final class FuzzBudget {
    static final String PER_TARGET = "60s";

    private FuzzBudget() {}
}
