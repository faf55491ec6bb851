package org.leverage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code leverage completion}: the script names every command and every option of each, and bash, sourcing it,
 * completes a command, an option and a --format value as a user at a prompt would get them.
 */
@ExtendWith(Cli.class)
class CompletionCommandTest {

    private static final String SCRIPT = Cli.run(0, "completion").out();

    @Test
    void theScriptNamesEveryCommandAndEveryOption() {
        CommandLine root = LeverageCli.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        assertThat(root.getSubcommands()).containsKeys("assess", "explain", "diff", "sweep", "odds", "reach", "test",
                "rules", "validate", "compare", "schema", "completion", "help");
        assertThat(SCRIPT).contains("  local commands=\"" + String.join(" ", root.getSubcommands().keySet()) + "\"\n");
        for (CommandLine command : root.getSubcommands().values()) {
            CommandSpec spec = command.getCommandSpec();
            String function = "function _picocli_leverage_" + spec.name() + "() {\n";
            assertThat(SCRIPT).as("the command %s", spec.name()).contains(function);
            String body = SCRIPT.substring(SCRIPT.indexOf(function));
            body = body.substring(0, body.indexOf("\n}\n"));
            for (OptionSpec option : spec.options()) {
                for (String name : option.names()) {
                    assertThat(body).as("%s %s", spec.name(), name).contains("'" + name + "'");
                }
            }
        }
        assertThat(SCRIPT).contains("complete -F _complete_leverage").contains("bashcompinit");
    }

    @Test
    void bashCompletesCommandsOptionsAndFormats(@TempDir Path folder) throws IOException, InterruptedException {
        Path script = Files.writeString(folder.resolve("leverage.bash"), SCRIPT);
        assertThat(complete(script, "leverage", "sc")).containsExactly("schema");
        assertThat(complete(script, "leverage", "co")).containsExactly("compare", "completion");
        assertThat(complete(script, "bin/leverage", "schema", "--f"))
                .containsExactlyInAnyOrder("--follow-symlinks", "--force");
        assertThat(complete(script, "leverage", "assess", "--format", ""))
                .containsExactly("text", "json", "markdown", "html", "dot");
    }

    /** What bash's completion function offers for the last word of a command line. */
    private static List<String> complete(Path script, String... words) throws IOException, InterruptedException {
        String line = String.join(" ", words);
        String call = "source '" + script + "' 2>/dev/null\n"
                + "COMP_WORDS=(" + String.join(" ", List.of(words).stream().map(w -> "'" + w + "'").toList()) + ")\n"
                + "COMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE='" + line + "'\nCOMP_POINT=" + line.length() + "\n"
                + "_complete_leverage 2>/dev/null\nprintf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "--noprofile", "--norc", "-c", call)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return out.lines().filter(s -> !s.isBlank()).map(String::strip).toList();
    }
}
