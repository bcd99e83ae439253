package dev.transcend.cli.command;

import dev.transcend.cli.command.analyze.AnalyzeDiversityCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code transcend analyze}: measures on games, outside the pipeline; one subcommand per measure. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Measure properties of game collections (see the subcommands)."},
        subcommands = {AnalyzeDiversityCommand.class, CommandLine.HelpCommand.class})
public final class AnalyzeCommand extends GroupCommand {

    @Override
    String what() {
        return "an analysis";
    }
}
