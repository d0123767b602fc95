package io.xunlu.cli;

import io.xunlu.Xunlu;
import io.xunlu.ingest.InputDoc;
import io.xunlu.json.Json;
import io.xunlu.json.XunluDocument;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** ./xunlu extract FILE… : one JSON document per input (pretty for one, JSON Lines for several). */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract one JSON document per input file ('-' reads standard input).")
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<String> files;

    @Mixin
    ExtractOptions options;

    @Override
    public Integer call() throws IOException {
        StartupWarmUp.begin();
        Xunlu engine = Xunlu.standard();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int errors = 0;
        for (String f : files) {
            XunluDocument doc;
            if (f.equals("-")) {
                doc = engine.extract(input("stdin", System.in.readAllBytes()));
            } else {
                Path p = Path.of(f);
                if (!Files.isRegularFile(p)) {
                    System.err.println("xunlu: no such file: " + f);
                    errors++;
                    continue;
                }
                doc = engine.extract(input(p.getFileName().toString(), Files.readAllBytes(p)));
            }
            if (doc.failed()) errors++;
            out.println(files.size() == 1 ? Json.pretty(doc) : Json.compact(doc));
        }
        out.flush();
        return errors == 0 ? 0 : 1;
    }

    private InputDoc input(String name, byte[] bytes) {
        return new InputDoc(name, bytes, null, null, options.published(), options.format(), options.encoding(), options.region());
    }
}
