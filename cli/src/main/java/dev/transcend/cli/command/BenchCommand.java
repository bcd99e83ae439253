package dev.transcend.cli.command;

import dev.transcend.cli.command.bench.BenchArenaCommand;
import dev.transcend.cli.command.bench.BenchModelCommand;
import dev.transcend.cli.command.bench.BenchPrepareCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code transcend bench}: this machine's speed, one subcommand per stage. Speed targets live here,
 * not in tests: numbers depend on the machine and its load.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure this machine's speed for one stage (see the subcommands).",
            "Numbers depend on the machine and its load; run on an idle machine."},
        subcommands = {BenchModelCommand.class, BenchArenaCommand.class, BenchPrepareCommand.class, CommandLine.HelpCommand.class})
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a benchmark: "
                + String.join(", ", spec.subcommands().keySet().stream().filter(n -> !n.equals("help")).toList()));
    }
}
