package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The sitrep command line. Exit codes: 0 all well, 1 some inputs failed, 2 usage error. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "Reads war reporting and turns it into a sourced, queryable record of PLOVER-coded events.",
        subcommands = {IngestCommand.class, EventsCommand.class, ShowCommand.class, ExportCommand.class,
                AttacksCommand.class, BriefCommand.class, DisputesCommand.class, EntitiesCommand.class,
                StatsCommand.class, ReclusterCommand.class, ReprocessCommand.class,
                EvalCommand.class, TrainActorlessCommand.class, BenchCommand.class, DemoCommand.class,
                ServeCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("sitrep: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return ex instanceof UserInputException ? 2 : 1;
        });
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
