package org.leverage.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leverage.api.Advisor;
import org.leverage.spelling.UserText;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options every command that assesses shares: which rules, and how much to say. */
final class RuleOptions {

    /** Set by {@code bin/leverage}: the clone it runs from, whose {@code rules/} it reads at run time. */
    static final String HOME_PROPERTY = "leverage.home";

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Also load the rules of this folder (.drl files, decision tables .csv/.xlsx, and a"
                    + " catalogue.yaml of new ids), on top of the built-in framework. Repeatable.")
    List<Path> ruleFolders = new ArrayList<>();

    @Option(names = "--no-default-rules",
            description = "Leave the built-in framework (carpenter-2017) out: only the --rules folders are loaded.")
    boolean noDefaultRules;

    /** What {@code --time-limit} does, for every command that has it. */
    static final String TIME_LIMIT_HELP = "How long the rules of a --rules folder (or an edited rules/) may run on"
            + " one state before they are stopped and the command exits 3 naming the rule: for example 500ms, 5s or"
            + " 2m. The built-in framework alone needs none.";

    /** {@link Advisor.Builder#DEFAULT_TIME_LIMIT}, as {@code --time-limit} reads it and its help shows it. */
    static final String DEFAULT_TIME_LIMIT = "5s";

    @Option(names = "--time-limit", paramLabel = "TIME", converter = TimeLimitConverter.class,
            defaultValue = DEFAULT_TIME_LIMIT, description = TIME_LIMIT_HELP)
    Duration timeLimit;

    @Option(names = "--verbose", description = "Log what happens to stderr, and show stack traces.")
    boolean verbose;

    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    /** The clone {@code bin/leverage} runs from, if it does. */
    static Optional<Path> home() {
        String home = System.getProperty(HOME_PROPERTY);
        return home == null || home.isBlank() ? Optional.empty() : Optional.of(Path.of(home));
    }

    /**
     * Where compiled rules are kept between runs: {@code -Dleverage.cache.dir}, else {@code $LEVERAGE_CACHE_DIR},
     * else {@code $XDG_CACHE_HOME/leverage}, else {@code ~/.cache/leverage}.
     */
    static Path cacheFolder() {
        String property = System.getProperty("leverage.cache.dir");
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String variable = System.getenv("LEVERAGE_CACHE_DIR");
        if (variable != null && !variable.isBlank()) {
            return Path.of(variable);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "leverage");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "leverage");
    }

    /** The advisor these options describe: the clone's rules when run from one, else the packaged ones. */
    Advisor advisor() {
        return advisor(UnaryOperator.identity());
    }

    /** The same, with a command's own settings applied to the builder last (a sweep remembers nothing). */
    Advisor advisor(UnaryOperator<Advisor.Builder> adjust) {
        Advisor.Builder builder = Advisor.builder().cacheCompiledRules(cacheFolder()).timeLimit(timeLimit);
        if (noDefaultRules) {
            if (ruleFolders.isEmpty()) {
                throw new UserInputException("--no-default-rules needs at least one --rules DIR to load");
            }
            builder.withoutBuiltInRules();
        } else {
            home().map(h -> h.resolve("rules")).filter(Files::isDirectory).ifPresent(builder::builtInRulesFrom);
        }
        for (Path folder : ruleFolders) {
            if (!Files.isDirectory(folder)) {
                throw new UserInputException(folder + ": --rules " + (Files.exists(folder)
                        ? "must name a folder of .drl files, not a file" : "names a folder that does not exist"));
            }
            builder.addRules(folder);
        }
        return LeverageCli.advisor(command, adjust.apply(builder));
    }

    /** Reads {@code --time-limit}: a number and a unit, {@code ms}, {@code s} or {@code m}. */
    static final class TimeLimitConverter implements ITypeConverter<Duration> {
        private static final Pattern TIME = Pattern.compile("(\\d{1,9}(?:\\.\\d{1,3})?)\\s*(ms|s|m)");

        @Override
        public Duration convert(String value) {
            Matcher time = TIME.matcher(value.strip());
            if (!time.matches()) {
                throw new TypeConversionException(UserText.quoted(value) + " is not a time: give a number and"
                        + " a unit, ms, s or m (e.g. 500ms, 5s, 2m)");
            }
            long perUnit = switch (time.group(2)) {
                case "ms" -> 1;
                case "s" -> 1_000;
                default -> 60_000;
            };
            long millis = new java.math.BigDecimal(time.group(1)).multiply(java.math.BigDecimal.valueOf(perUnit))
                    .longValue();
            Duration limit = Duration.ofMillis(millis);
            if (limit.isZero() || limit.compareTo(Advisor.Builder.MAX_TIME_LIMIT) > 0) {
                throw new TypeConversionException(UserText.quoted(value) + " is out of range: give at least"
                        + " 1ms and at most a day (1440m)");
            }
            return limit;
        }
    }
}
