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
        subcommands = {BenchModelCommand.class, BenchArenaCommand.class, BenchPrepareCommand.class,
            CommandLine.HelpCommand.class})
public final class BenchCommand extends GroupCommand {

    @Override
    String what() {
        return "a benchmark";
    }
}
