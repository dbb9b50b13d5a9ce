package org.distsim.cli;

import org.distsim.models.docs.SchemaGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code distsim schema}: the JSON Schema of the scenario format, for editors. */
@Command(name = "schema",
        description = {
            "Write the JSON Schema (draft-07) of the scenario format.",
            "Point an editor at it for completion, documentation on hover and validation as you type",
            "(see the README). It checks structure, keys and spellings; distsim validate checks the rest."
        })
final class SchemaCommand extends GuardedCommand {

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write the schema to FILE (atomically) instead of stdout.")
    private String out;

    @Option(names = "--force", description = "Let --out replace an existing file.")
    private boolean force;

    @Override
    int execute() throws UserError {
        OutFile file = out == null ? null : OutFile.check(out, force);
        String schema = SchemaGenerator.generate();
        if (file == null) {
            print(schema);
        } else {
            file.write(schema);
            spec.commandLine().getErr().println("wrote " + out);
        }
        return ExitCodes.OK;
    }
}
