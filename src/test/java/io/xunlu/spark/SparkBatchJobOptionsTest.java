package io.xunlu.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Bad options are usage errors (exit 2), refused before any Spark context is started. */
class SparkBatchJobOptionsTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "--max-chars|0|--max-chars must be at least 1",
            "--timeout-ms|-1|--timeout-ms must be 0",
            "--partitions|-3|--partitions must be 0",
            "--format|pdf|--format must be auto, text or html",
            "--encoding|no-such-charset|--encoding",
            "--published|2024-02-30|--published"})
    void badOptionsAreUsageErrors(String option, String value, String message) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new SparkBatchJob()).setErr(new PrintWriter(err));
        int code = cli.execute(option, value, "corpus", "-o", "/tmp/never-written");
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains(message), err.toString());
    }
}
