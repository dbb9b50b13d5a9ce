package org.distsim.cli;

import java.util.concurrent.Callable;
import org.distsim.models.scenario.SchemaGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code distsim schema}: the JSON Schema of the scenario format, for editors. */
@Command(name = "schema",
        mixinStandardHelpOptions = true,
        versionProvider = ManifestVersion.class,
        description = {
            "Write the JSON Schema (draft-07) of the scenario format.",
            "Point an editor at it for completion, documentation on hover and validation as you type",
            "(see the README). It checks structure, keys and spellings; distsim validate checks the rest."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {ExitCodes.OK_HELP, ExitCodes.BAD_INPUT_HELP, ExitCodes.INTERNAL_HELP})
final class SchemaCommand implements Callable<Integer> {

    @ParentCommand
    private Distsim parent;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the schema to FILE (atomically) instead of stdout.")
    private String out;

    @Option(names = "--force", description = "Let --out replace an existing file.")
    private boolean force;

    @Override
    public Integer call() {
        return Outcomes.guard(spec, parent.debug(), () -> {
            OutFile file = out == null ? null : OutFile.check(out, force);
            String schema = SchemaGenerator.generate();
            if (file == null) {
                spec.commandLine().getOut().print(schema);
                spec.commandLine().getOut().flush();
            } else {
                file.write(schema);
                spec.commandLine().getErr().println("wrote " + out);
            }
            return ExitCodes.OK;
        });
    }
}
