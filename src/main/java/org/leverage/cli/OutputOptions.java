package org.leverage.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.ResourceBundle;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The output options the commands share, declared once: {@code -f/--format text|json}, and {@code -o/--output FILE}
 * with {@code --force}. Picocli fixes an option's type, and the options a mixin adds, when it reads the annotations,
 * and the commands differ in both (assess has five formats; explain, compare, rules and sweep have no --output;
 * sweep's --force goes with its --table), so they come as two mixins, each used by every command that has its
 * options: {@link Format} and {@link ToFile}. What --output writes differs per command: it is the mixin's
 * parameter, which {@link #descriptions} hands to picocli as the command's description of --output.
 */
final class OutputOptions {

    /** The resource-bundle key of --output's description; picocli looks it up as {@code leverage.COMMAND.output}. */
    private static final String OUTPUT_KEY = "output";

    private OutputOptions() {
    }

    /** {@code -f/--format text|json}: diff, sweep, explain, compare and rules. */
    static final class Format {

        /** The output formats of {@code --format}. */
        enum Choice { text, json }

        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
                description = "Output format: ${COMPLETION-CANDIDATES}.")
        private Choice format;

        /** The value rendered by the text or the JSON renderer, as {@code --format} asks. */
        <T> String render(T value, Function<T, String> text, Function<T, String> json) {
            return format == Choice.json ? json.apply(value) : text.apply(value);
        }

        /** The same, printed to {@code out}, a command's standard output. */
        <T> void print(T value, Function<T, String> text, Function<T, String> json, PrintWriter out) {
            out.print(render(value, text, json));
            out.flush();
        }
    }

    /** {@code -o/--output FILE} and {@code --force}: assess and diff. */
    static final class ToFile {

        private final String what;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = OUTPUT_KEY,
                description = "Write the result to FILE instead of standard output.")
        private Path output;

        @Option(names = "--force", description = "With --output, replace FILE if it exists: its contents, keeping"
                + " its mode and hard links.")
        private boolean force;

        @Option(names = "--follow-symlinks", description = "With --output, write to the file a symbolic link FILE"
                + " points to (--force if it exists); a link is refused without this, and never replaced.")
        private boolean followLinks;

        /** The file to write, once {@link #check} has followed a link the user allowed. */
        private Path target;

        /** @param what what the command writes, for --output's description: {@code the assessment} */
        ToFile(String what) {
            this.what = what;
        }

        /** Whether the result goes to standard output (no --output). */
        boolean toStandardOutput() {
            return output == null;
        }

        /**
         * Refuses, before any work, an --output file that cannot be written as asked; see
         * {@link OutputFiles#check}.
         *
         * @param inputs the command's input arguments, which --output must not name
         */
        void check(String... inputs) throws IOException {
            target = OutputFiles.check(output, "--output", force, followLinks, inputs);
        }

        /** Writes the rendered result to the --output file, whole or not at all, or else to {@code out}. */
        void write(String rendered, PrintWriter out) {
            if (output == null) {
                out.print(rendered);
                out.flush();
            } else {
                OutputFiles.write(target == null ? output : target, rendered);
            }
        }
    }

    /**
     * The --output description of every command under {@code root} that has a {@link ToFile}, keyed as picocli
     * looks it up ({@code leverage.assess.output}): {@code Write the assessment to FILE instead of standard output.}
     */
    static ResourceBundle descriptions(CommandLine root) {
        List<Object[]> entries = new ArrayList<>();
        for (CommandLine command : root.getSubcommands().values()) {
            CommandSpec spec = command.getCommandSpec();
            for (CommandSpec mixin : spec.mixins().values()) {
                if (mixin.userObject() instanceof ToFile toFile) {
                    entries.add(new Object[] {spec.qualifiedName(".") + "." + OUTPUT_KEY,
                        "Write " + toFile.what + " to FILE instead of standard output."});
                }
            }
        }
        Object[][] contents = entries.toArray(new Object[0][]);
        return new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return contents;
            }
        };
    }
}
