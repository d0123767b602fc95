package io.xunlu.conformance;

import java.util.function.Supplier;

/**
 * One case of a public test suite mapped onto our contract. {@code skip} names the category of a
 * case our contract does not cover (null when it is covered); {@code check} runs our engine and
 * returns null when the case passes, else what we produced instead.
 */
record OracleCase(String suite, String model, String id, String skip, Supplier<String> check) {
    static OracleCase covered(String suite, String model, String id, Supplier<String> check) {
        return new OracleCase(suite, model, id, null, check);
    }

    static OracleCase skipped(String suite, String model, String id, String category) {
        return new OracleCase(suite, model, id, category, () -> "skipped");
    }

    /** The key known-failures.tsv uses: suite, model and case id. */
    String key() { return suite + "/" + model + "\t" + id; }

    @Override
    public String toString() { return suite + "/" + model + " " + id; }
}
