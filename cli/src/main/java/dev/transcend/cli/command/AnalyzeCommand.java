package dev.transcend.cli.command;

import dev.transcend.cli.command.analyze.AnalyzeDiversityCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code transcend analyze}: measures on games, outside the pipeline; one subcommand per measure. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Measure properties of game collections (see the subcommands)."},
        subcommands = {AnalyzeDiversityCommand.class, CommandLine.HelpCommand.class})
public final class AnalyzeCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name an analysis: "
                + String.join(", ", spec.subcommands().keySet().stream().filter(n -> !n.equals("help")).toList()));
    }
}
