package io.xunlu.cli;

import io.xunlu.Xunlu;
import io.xunlu.eval.EngineSource;
import io.xunlu.eval.EvalCommand;
import io.xunlu.eval.HanLPBaseline;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The xunlu command: extract, batch, serve, eval. */
@Command(name = "xunlu", mixinStandardHelpOptions = true, version = "xunlu 0.1.0",
        description = "Facts out of Chinese news pages: officials, amounts, counts, dates, documents.",
        subcommands = {ExtractCommand.class, BatchCommand.class, BenchCommand.class, ServeCommand.class})
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.addSubcommand(new EvalCommand(Map.of(
                EvalCommand.ENGINE, () -> new EngineSource(Xunlu.standard()),
                EvalCommand.BASELINE, HanLPBaseline::new)));
        cli.setExitCodeExceptionMapper(e -> 2);
        return cli.execute(args);
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}
