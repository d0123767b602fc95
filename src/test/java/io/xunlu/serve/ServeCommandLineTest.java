package io.xunlu.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.xunlu.cli.Main;
import org.junit.jupiter.api.Test;

/** The command line refuses bad sizes and non-loopback load targets before doing anything (exit 2). */
final class ServeCommandLineTest {

    @Test
    void serveRefusesAPoolWithoutWorkers() {
        assertEquals(2, Main.run("serve", "--port", "0", "--threads", "0"));
    }

    @Test
    void serveRefusesANonPositiveTimeLimit() {
        assertEquals(2, Main.run("serve", "--port", "0", "--timeout-ms", "0"));
    }

    @Test
    void loadtestSendsNothingToAnAddressOffThisMachine() {
        // a literal address: checked without a lookup and without a single packet sent
        assertEquals(2, Main.run("serve", "loadtest", "--url", "http://10.1.2.3:8080", "--requests", "1", "corpus"));
    }

    @Test
    void loadtestRefusesUnboundedRuns() {
        assertEquals(2, Main.run("serve", "loadtest", "--url", "http://127.0.0.1:9", "--requests", "1000000", "corpus"));
    }
}
