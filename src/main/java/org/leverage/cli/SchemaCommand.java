package org.leverage.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.leverage.report.StateSchemaReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code leverage schema}: the JSON Schema of the state format, for editors. */
@Command(name = "schema",
        mixinStandardHelpOptions = true,
        description = {
            "Print a JSON Schema of the state format, for editors to complete and check state files.",
            "The schema (draft 2020-12) of docs/contract.md §2 is generated from the table the state reader reads"
                    + " by. Given to an editor's YAML or JSON language server, it completes keys and values and"
                    + " flags what leverage would refuse: an unknown or misspelt key, an unknown value, a wrong"
                    + " type, a date that is not YYYY-MM-DD. Every field is optional, with its default shown."
                    + " Contradictions between fields and duplicate keys are left to leverage itself. Scenario"
                    + " files are not states: the schema fits their given part alone."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  leverage schema --output leverage-state.schema.json",
            "",
            "  Then, as the first line of a YAML state file (for the YAML language server,",
            "  e.g. VS Code's YAML extension):",
            "    # yaml-language-server: $schema=leverage-state.schema.json",
            "  or for every state file of a folder, in VS Code's settings.json:",
            "    \"yaml.schemas\": {\"./leverage-state.schema.json\": [\"states/*.yaml\"]},",
            "    \"json.schemas\": [{\"url\": \"./leverage-state.schema.json\",",
            "                      \"fileMatch\": [\"states/*.json\"]}]",
            "  A state file cannot name the schema in a \"$schema\" key: leverage refuses",
            "  unknown keys."})
final class SchemaCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private final OutputOptions.ToFile output = new OutputOptions.ToFile("the schema");

    @Override
    public Integer call() throws IOException {
        output.check();
        output.write(StateSchemaReport.json(), spec.commandLine().getOut());
        return ExitCode.OK.code();
    }
}
