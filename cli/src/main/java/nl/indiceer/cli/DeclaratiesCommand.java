package nl.indiceer.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Providers' declarations (323) checked in bulk against the allocations (301), and test sets to try it on. */
@Command(name = "declaraties", mixinStandardHelpOptions = true,
        description = "Declaraties (JW323/WMO323) in bulk controleren tegen de toewijzingen, of een testset maken.",
        subcommands = {DeclaratiesControleerCommand.class, DeclaratiesGenereerCommand.class})
final class DeclaratiesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
