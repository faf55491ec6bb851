package org.leverage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * picocli formats every line of a command's description and footer with {@link String#format}: a lone {@code %}
 * ("90 % of the weight") makes it print a warning on the JVM's standard error at every {@code --help} and fall
 * back to the raw text. Every line must format.
 */
class HelpTextFormatTest {

    @Test
    void everyDescriptionAndFooterLineFormats() {
        CommandLine root = LeverageCli.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        List<String> broken = new ArrayList<>();
        List<CommandLine> commands = new ArrayList<>(root.getSubcommands().values());
        commands.add(root);
        for (CommandLine command : commands) {
            CommandLine.Model.UsageMessageSpec usage = command.getCommandSpec().usageMessage();
            List<String> lines = new ArrayList<>(List.of(usage.description()));
            lines.addAll(List.of(usage.footer()));
            for (String line : lines) {
                try {
                    String.format(Locale.ROOT, line);
                } catch (java.util.IllegalFormatException e) {
                    broken.add(command.getCommandName() + ": " + e.getMessage() + " in: " + line);
                }
            }
        }
        assertThat(commands).hasSizeGreaterThan(10);
        assertThat(broken).isEmpty();
    }
}
