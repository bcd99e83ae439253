package dev.transcend.cli.command;

import picocli.CommandLine;

/**
 * A command that only groups subcommands ({@code bench}, {@code analyze}): run without one, it is a usage error that
 * lists them.
 */
abstract class GroupCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** @return what a subcommand is called in the error, e.g. {@code a benchmark} */
    abstract String what();

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name " + what() + ": "
                + String.join(", ", spec.subcommands().keySet().stream().filter(n -> !n.equals("help")).toList()));
    }
}
