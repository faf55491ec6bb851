package org.leverage.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.leverage.api.Advisor;
import picocli.CommandLine.Model.CommandSpec;
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
        Advisor.Builder builder = Advisor.builder().cacheCompiledRules(cacheFolder());
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
}
