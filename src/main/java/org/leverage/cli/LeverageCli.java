package org.leverage.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.leverage.api.Advisor;
import java.util.Set;
import org.leverage.api.InvalidStateException;
import org.leverage.api.LeverageException;
import org.leverage.api.RuleException;
import org.leverage.spelling.AsciiCase;
import org.leverage.spelling.Spelling;
import org.leverage.spelling.UserText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code leverage} command: the only place that exits. */
@Command(name = "leverage",
        mixinStandardHelpOptions = true,
        versionProvider = LeverageCli.Version.class,
        description = {
            "How Washington could get Beijing to press Pyongyang: the argument of T. G. Carpenter's essay"
                    + " (March 2017) as rules. Give it the policy state of today; it says which incentives"
                    + " to offer, to whom, in what order, and why."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  leverage assess                       the built-in baseline-2017 scenario",
            "  leverage assess today.yaml --format json",
            "  leverage explain SIGN_WITHDRAWAL_AGREEMENT today.yaml",
            "  leverage diff today.yaml with-written-withdrawal.yaml",
            "  leverage sweep today.yaml --vary thaadDeployed,withdrawal",
            "  leverage reach CALL_ON_BEIJING_FOR_DRASTIC_ACTION today.yaml --max-changes 4",
            "  leverage test scenarios/",
            "  leverage schema -o state.schema.json  the state format, for editors",
            "  source <(leverage completion)         completion in bash or zsh"})
public final class LeverageCli implements Runnable {

    /**
     * The commands, in the order the help lists them. They are added when the command line is built rather than
     * named in the annotation, so that a run of one command can build that command's model alone: picocli reads
     * every command's annotations up front, which was a quarter of a cold {@code leverage assess}.
     */
    private static final List<Class<?>> COMMANDS = List.of(AssessCommand.class, ExplainCommand.class,
            DiffCommand.class, SweepCommand.class, OddsCommand.class, ReachCommand.class, TestCommand.class,
            RulesCommand.class, ValidateCommand.class, CompareCommand.class, SchemaCommand.class,
            CompletionCommand.class, CommandLine.HelpCommand.class);
    /** The commands that need the whole tree of commands: help lists it, completion scripts it. */
    private static final Set<Class<?>> NEED_EVERY_COMMAND = Set.of(CompletionCommand.class,
            CommandLine.HelpCommand.class);

    @Spec
    private CommandSpec spec;

    /** How the commands turn a builder into an advisor: they build it (a test shares advisors between runs). */
    private final Function<Advisor.Builder, Advisor> advisors;

    private LeverageCli(Function<Advisor.Builder, Advisor> advisors) {
        this.advisors = advisors;
    }

    /** The advisor this builder describes, built the way this run of the command line builds advisors. */
    static Advisor advisor(CommandSpec command, Advisor.Builder builder) {
        return ((LeverageCli) command.root().userObject()).advisors.apply(builder);
    }

    /** Runs the command line and exits with its {@link ExitCode}. */
    public static void main(String[] args) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        CliLogging.configure(verbose);
        CheckedOutput out = CheckedOutput.over(new FileOutputStream(FileDescriptor.out));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /**
     * Runs the command line with these streams and returns the exit status; never exits. Output that could not be
     * written is never lost without a word: when writing to {@code out} failed (a full disk, a closed standard
     * output, a file size limit) a command that otherwise succeeded exits {@link ExitCode#OUTPUT_ERROR} with one
     * line on {@code err}, {@code leverage: cannot write the output: No space left on device} (the reason when
     * {@code out} is a {@link CheckedOutput}); one whose reader went away ({@code | head}) exits
     * {@link ExitCode#OUTPUT_CLOSED} and says nothing, as other tools do. A command that failed anyway keeps its
     * own code and its own line.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, Advisor.Builder::build, args);
    }

    /** As {@link #run(PrintWriter, PrintWriter, String...)}, with the advisors built by {@code advisors}. */
    static int run(PrintWriter out, PrintWriter err, Function<Advisor.Builder, Advisor> advisors, String... args) {
        int code = commandLine(out, err, advisors, args).execute(args);
        if (!out.checkError() || (code != ExitCode.OK.code() && code != ExitCode.TESTS_FAILED.code())) {
            return code;
        }
        Optional<String> reason = out instanceof CheckedOutput checked ? checked.failure() : Optional.empty();
        if (reason.filter(BROKEN_PIPE::equals).isPresent()) {
            return ExitCode.OUTPUT_CLOSED.code();
        }
        err.println("leverage: cannot write the output" + reason.map(r -> ": " + r).orElse(""));
        err.flush();
        return ExitCode.OUTPUT_ERROR.code();
    }

    /** What the system says when the program reading standard output has closed it. */
    private static final String BROKEN_PIPE = "Broken pipe";

    /** The whole command line, every command in it. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, Advisor.Builder::build, new String[0]);
    }

    /**
     * The command line for these arguments: when the first names a command exactly, that command alone (what
     * it parses, prints and does is the same, and its siblings' models are not built); else every command, for
     * the top-level help, a misspelt command's suggestion, completion and {@code help}.
     */
    private static CommandLine commandLine(PrintWriter out, PrintWriter err,
            Function<Advisor.Builder, Advisor> advisors, String[] arguments) {
        CommandLine commandLine = new CommandLine(new LeverageCli(advisors));
        Optional<Class<?>> only = arguments.length == 0 ? Optional.empty() : COMMANDS.stream()
                .filter(command -> !NEED_EVERY_COMMAND.contains(command))
                .filter(command -> command.getAnnotation(Command.class).name().equals(arguments[0]))
                .findFirst();
        for (Class<?> command : only.map(List::<Class<?>>of).orElse(COMMANDS)) {
            commandLine.addSubcommand(command);
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        readEnumValuesInAnyAsciiCase(commandLine);
        commandLine.setExitCodeExceptionMapper(LeverageCli::exitCodeOf);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            PrintWriter stderr = cmd.getErr();
            boolean verbose = parsed.originalArgs().contains("--verbose");
            String message = e instanceof LeverageException located ? located.oneLine()
                    : e instanceof UserInputException || e instanceof CannotWriteException ? e.getMessage()
                    : e instanceof IllegalArgumentException && e.getMessage() != null ? e.getMessage()
                    : ioProblem(e) != null ? ioProblem(e)
                    : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            if (e instanceof RuleException rules && rules.problems().size() > 1) {
                stderr.println("leverage: " + message);
                rules.problems().stream().skip(1).forEach(p -> stderr.println("leverage: " + p));
            } else {
                stderr.println("leverage: " + message.replaceAll("\\s*\\R\\s*", " "));
            }
            if (verbose) {
                e.printStackTrace(stderr);
            } else if (exitCodeOf(e) == ExitCode.INTERNAL_ERROR.code()) {
                stderr.println("leverage: this is a bug; run again with --verbose for the details");
            }
            stderr.flush();
            return exitCodeOf(e);
        });
        commandLine.setParameterExceptionHandler((e, args) -> {
            CommandLine cmd = e.getCommandLine();
            cmd.getErr().println("leverage: " + e.getMessage().replaceAll("\\s*\\R\\s*", " ")
                    + didYouMean(e).map(name -> "; did you mean " + name + "?").orElse(""));
            cmd.getErr().println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help'.");
            cmd.getErr().flush();
            return ExitCode.INPUT_ERROR.code();
        });
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            listExitCodes(sub.getCommandSpec());
        }
        listExitCodes(commandLine.getCommandSpec());
        commandLine.setResourceBundle(OutputOptions.descriptions(commandLine));
        return commandLine;
    }

    /**
     * Lets every option that takes an enum ({@code --format}) take its values in any case of their ASCII letters,
     * as picocli's case-insensitive mode does, but no further: picocli compares with
     * {@link String#equalsIgnoreCase}, which reads the look-alike {@code jſon} (long s) as {@code json}. The message
     * for a value that is none of them is picocli's own, with the value cut short and escaped.
     */
    private static void readEnumValuesInAnyAsciiCase(CommandLine root) {
        Set<Class<?>> types = new LinkedHashSet<>();
        Deque<CommandLine> commands = new ArrayDeque<>(List.of(root));
        while (!commands.isEmpty()) {
            CommandLine command = commands.pop();
            command.getCommandSpec().args().stream().map(CommandLine.Model.ArgSpec::type)
                    .filter(Class::isEnum).forEach(types::add);
            commands.addAll(command.getSubcommands().values());
        }
        types.forEach(type -> register(root, type));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void register(CommandLine root, Class<?> type) {
        root.registerConverter((Class) type, text -> {
            for (Object constant : type.getEnumConstants()) {
                if (AsciiCase.equalsIgnoreCase(((Enum<?>) constant).name(), text)) {
                    return constant;
                }
            }
            throw new CommandLine.TypeConversionException("expected one of "
                    + Arrays.toString(type.getEnumConstants()) + " (case-insensitive) but was '"
                    + UserText.shown(text) + "'");
        });
    }

    /** The command or option a mistyped word most likely meant: {@code asses} is {@code assess}. */
    private static Optional<String> didYouMean(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return Optional.empty();
        }
        String written = unmatched.getUnmatched().get(0);
        CommandLine cmd = e.getCommandLine();
        if (written.startsWith("-")) {
            String name = written.contains("=") ? written.substring(0, written.indexOf('=')) : written;
            // One letter says too little to guess from: -o is as near -f as anything.
            return name.startsWith("--") ? Spelling.closest(name, cmd.getCommandSpec().optionsMap().keySet().stream()
                    .filter(option -> option.startsWith("--")).toList()) : Optional.empty();
        }
        return cmd.getSubcommands().isEmpty() ? Optional.empty()
                : Spelling.closest(written, cmd.getSubcommands().keySet());
    }

    private static void listExitCodes(CommandSpec spec) {
        spec.usageMessage().exitCodeListHeading("%nExit codes:%n");
        java.util.Map<String, String> codes = new java.util.LinkedHashMap<>();
        for (ExitCode code : ExitCode.values()) {
            codes.put(String.valueOf(code.code()), code.meaning());
        }
        spec.usageMessage().exitCodeList(codes);
    }

    /**
     * The exit code of an exception that ends a command: a bad state or scenario file, a wrong option or argument
     * (an {@link IllegalArgumentException}, such as an id {@code Advisor.explain} does not know), or a file that
     * cannot be read is an input error; a rule-file error is one; a result that cannot be written to its file is an
     * output error; anything else is a bug.
     */
    static int exitCodeOf(Throwable e) {
        if (e instanceof InvalidStateException || e instanceof CommandLine.ParameterException
                || e instanceof UserInputException || e instanceof IllegalArgumentException
                || ioProblem(e) != null) {
            return ExitCode.INPUT_ERROR.code();
        }
        if (e instanceof RuleException) {
            return ExitCode.RULE_ERROR.code();
        }
        if (e instanceof CannotWriteException) {
            return ExitCode.OUTPUT_ERROR.code();
        }
        return ExitCode.INTERNAL_ERROR.code();
    }

    /**
     * One line for an I/O failure on a file the user named (or one beside it): {@code FILE: no such file or
     * folder}, {@code FILE: permission denied}, {@code cannot read or write: REASON}. Null for anything else,
     * including an {@link UncheckedIOException} that names no file (a broken installation, a bug) and Jackson's
     * {@link IOException}s, which are bugs here.
     */
    private static String ioProblem(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof FileSystemException fs && fs.getFile() != null) {
            String reason = fs instanceof NoSuchFileException ? "no such file or folder"
                    : fs instanceof AccessDeniedException ? "permission denied"
                    : fs instanceof FileAlreadyExistsException ? "already exists"
                    : fs instanceof NotDirectoryException ? "not a folder"
                    : fs.getReason() != null ? fs.getReason() : "cannot read or write it";
            return fs.getFile() + (fs.getOtherFile() == null ? "" : " (" + fs.getOtherFile() + ")") + ": " + reason;
        }
        if (e instanceof IOException io && !io.getClass().getName().startsWith("com.fasterxml.")) {
            return "cannot read or write: " + (io.getMessage() == null ? io.getClass().getSimpleName()
                    : io.getMessage());
        }
        return null;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a command: assess, explain, diff, sweep, reach, test, rules, validate, compare, schema or"
                        + " completion");
    }

    /** The version from the jar's manifest, or "development" in a build tree. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = LeverageCli.class.getPackage().getImplementationVersion();
            return new String[] {"leverage " + (version == null ? "(development build)" : version)
                    + " (Drools 10.2.0, Java " + System.getProperty("java.version") + ")"};
        }
    }
}
