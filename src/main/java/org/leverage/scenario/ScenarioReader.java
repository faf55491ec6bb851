package org.leverage.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.leverage.api.ConcernKind;
import org.leverage.api.InvalidStateException;
import org.leverage.api.Level;
import org.leverage.api.Phase;
import org.leverage.api.PolicyState;
import org.leverage.api.SourceLocation;
import org.leverage.io.DocumentText;
import org.leverage.io.StateReader;
import org.leverage.io.StrictParser;

/**
 * Reads scenario files (DOMAIN §8), YAML or JSON, as strictly as {@link StateReader} reads states: an unknown
 * key, an unknown id, a wrong type or a missing part is an {@link InvalidStateException} at the line and column
 * it is about, with a path such as {@code given.unitedStates.goal}, {@code expect.recommendations[2]} or
 * {@code expect.concerns.REFUGE_FLOW}. The ids a scenario expects are those the framework it runs against
 * declares ({@link DeclaredIds}): the essay's, and an analyst's own from her folder's catalogue. They are written
 * like enum constants, in any case and with {@code -} for {@code _}, and read as the catalogue spells them.
 *
 * <pre>{@code
 * name: Pyongyang spurns the offer       # required
 * given: {northKorea: {...}, ...}        # a policy state; absent or empty for the defaults
 * expect:                                # required, naming at least one of:
 *   phase: ENLIST_BEIJING
 *   outOfScope: false
 *   recommendations: [COMMIT_REFUGEE_AID, ...]   # exactly these, in any order
 *   inPlace: [...]                               # these at least (DOMAIN §8)
 *   warnings: [...]                              # exactly these
 *   concerns:                                    # these at least
 *     REFUGEE_FLOW: {level: HIGH, answered: false, kind: CONCERN}
 *     THAAD_RADAR: {raised: false}
 * }</pre>
 */
public final class ScenarioReader {

    private static final List<String> KEYS = List.of("name", "given", "expect");
    private static final List<String> EXPECT_KEYS =
            List.of("phase", "outOfScope", "recommendations", "inPlace", "warnings", "concerns");
    private static final List<String> CONCERN_KEYS = List.of("level", "answered", "kind", "raised");

    private ScenarioReader() {
    }

    /**
     * Reads one scenario file, whose expected ids must be among {@code declared}.
     *
     * @throws InvalidStateException when the file cannot be read or is not a valid scenario
     */
    public static ScenarioCase read(Path file, DeclaredIds declared) {
        return read(file, Optional.of(declared));
    }

    /**
     * The state a scenario file gives, for a command that assesses it without checking what it expects (assess,
     * diff, sweep): the whole file is read as strictly as by {@link #read}, but the ids under {@code expect} are
     * not checked against a catalogue, since which ids there are depends on the rules the scenario is run with.
     *
     * @throws InvalidStateException when the file cannot be read or is not a valid scenario
     */
    public static PolicyState readGiven(Path file) {
        return read(file, Optional.empty()).given();
    }

    /**
     * The state a file gives, for a command that takes a state or a scenario (assess, diff, sweep): a state file's
     * state, or a scenario file's {@code given} (read as by {@link #readGiven(Path)}). The file is opened and read
     * once, whatever it holds, so a FIFO, {@code /dev/stdin} or a pipe works like a file.
     *
     * @throws InvalidStateException when the file cannot be read, or holds neither a valid state nor a valid
     *                               scenario (the state reader's error, unless the document has a scenario's keys)
     */
    public static PolicyState stateOrGiven(Path file) {
        return stateOrGiven(DocumentText.read(file, "state file"));
    }

    /**
     * The same from a stream (standard input), read to its end within the limits; the stream is not closed.
     *
     * @param name what errors call the stream, e.g. {@code <stdin>}
     */
    public static PolicyState stateOrGiven(InputStream in, String name) {
        return stateOrGiven(DocumentText.read(in, name, "state"));
    }

    private static PolicyState stateOrGiven(DocumentText text) {
        try {
            return StateReader.read(text);
        } catch (InvalidStateException e) {
            if (!KEYS.contains(e.field())) {
                throw e;
            }
        }
        try (StrictParser parser = StrictParser.open(text)) {
            return read(parser, Optional.empty()).given();
        }
    }

    /**
     * Reads every scenario in these files and folders, in the order of {@link #files}.
     *
     * @throws InvalidStateException at the first file that cannot be read or is not a valid scenario
     */
    public static List<ScenarioCase> readAll(List<Path> pathsOrFolders, DeclaredIds declared) {
        return files(pathsOrFolders).stream().map(file -> read(file, declared)).toList();
    }

    /** Reads one scenario file; its expected ids checked against {@code declared} when there is one. */
    private static ScenarioCase read(Path file, Optional<DeclaredIds> declared) {
        try (StrictParser parser = StrictParser.open(file, "scenario file")) {
            Parsed parsed = read(parser, declared);
            return new ScenarioCase(file, parsed.name(), parsed.given(), parsed.expect());
        }
    }

    /**
     * The scenario files these paths name, in their order: a file as it is, a folder as its {@code .yaml},
     * {@code .yml} and {@code .json} files (searched recursively, sorted by path, other files such as a
     * {@code README.md} left out). A test factory can read each with {@link #read} to report each on its own.
     *
     * @throws InvalidStateException when a folder cannot be listed
     */
    public static List<Path> files(List<Path> pathsOrFolders) {
        List<Path> files = new ArrayList<>();
        for (Path path : pathsOrFolders) {
            if (!Files.isDirectory(path)) {
                files.add(path);
                continue;
            }
            try (Stream<Path> walk = Files.walk(path)) {
                walk.filter(Files::isRegularFile)
                        .filter(file -> StrictParser.syntaxOf(file).isPresent())
                        .sorted(Comparator.comparing(Path::toString))
                        .forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                throw new InvalidStateException(new SourceLocation(path.toString(), 0, 0), "",
                        "cannot read scenario folder: " + StrictParser.oneLine(reason), e);
            }
        }
        return List.copyOf(files);
    }

    /** A scenario as read, before it is tied to its file. */
    private record Parsed(String name, PolicyState given, Expectation expect) {
    }

    private static Parsed read(StrictParser parser, Optional<DeclaredIds> declared) {
        parser.next();
        if (parser.current() == null || parser.isNull()) {
            throw parser.error(new SourceLocation(parser.source(), 1, 1), "",
                    "(document): the scenario is empty; it needs a name, a given state and an expect");
        }
        if (!parser.isMapping()) {
            throw parser.error("", "(document): expected a mapping with name, given and expect, found "
                    + parser.describe());
        }
        SourceLocation start = parser.location();
        String[] name = {null};
        PolicyState[] given = {PolicyState.DEFAULTS};
        Expectation[] expect = {null};
        parser.readMapping("", "a mapping with name, given and expect", KEYS, (key, path, keyAt) -> {
            switch (key) {
                case "name" -> {
                    name[0] = parser.readString(path, false);
                    if (name[0].isBlank()) {
                        throw parser.error(path, "must not be empty; say what the scenario is about");
                    }
                }
                case "given" -> given[0] = StateReader.readEmbedded(parser, path);
                case "expect" -> expect[0] = readExpectation(parser, path, declared);
                default -> throw new IllegalStateException("no reader for key " + path);
            }
        });
        parser.expectEnd();
        if (name[0] == null) {
            throw parser.error(start, "name", "missing; every scenario needs a name");
        }
        if (expect[0] == null) {
            throw parser.error(start, "expect", "missing; say what must follow, with any of "
                    + String.join(", ", EXPECT_KEYS));
        }
        return new Parsed(name[0], given[0], expect[0]);
    }

    private static Expectation readExpectation(StrictParser parser, String path, Optional<DeclaredIds> declared) {
        SourceLocation start = parser.location();
        Expectation[] expectation = {Expectation.NOTHING};
        parser.readMapping(path, "a mapping of what must follow (" + String.join(", ", EXPECT_KEYS) + ")",
                EXPECT_KEYS, (key, keyPath, keyAt) -> {
                    Expectation e = expectation[0];
                    expectation[0] = switch (key) {
                        case "phase" -> e.withPhase(parser.readEnum(keyPath, Phase.class, "phase"));
                        case "outOfScope" -> e.withOutOfScope(parser.readBoolean(keyPath));
                        case "recommendations" -> e.withRecommendations(readIds(parser, keyPath,
                                declared.map(DeclaredIds::recommendations), "recommendation id"));
                        case "inPlace" -> e.withInPlace(readIds(parser, keyPath,
                                declared.map(DeclaredIds::recommendations), "recommendation id"));
                        case "warnings" -> e.withWarnings(readIds(parser, keyPath,
                                declared.map(DeclaredIds::warnings), "warning id"));
                        case "concerns" -> new Expectation(e.phase(), e.outOfScope(), e.recommendations(),
                                e.inPlace(), e.warnings(),
                                readConcerns(parser, keyPath, declared.map(DeclaredIds::concerns)));
                        default -> throw new IllegalStateException("no reader for key " + keyPath);
                    };
                });
        if (expectsNothing(expectation[0])) {
            throw parser.error(start, path, "expects nothing; name at least one of " + String.join(", ", EXPECT_KEYS));
        }
        return expectation[0];
    }

    /**
     * Whether it is {@link Expectation#NOTHING}, {@code concerns: {}} included; asked field by field, since a
     * record's first {@code equals} sets up its method handles, a fiftieth of a short CLI run.
     */
    private static boolean expectsNothing(Expectation expectation) {
        return expectation.phase().isEmpty() && expectation.outOfScope().isEmpty()
                && expectation.recommendations().isEmpty() && expectation.inPlace().isEmpty()
                && expectation.warnings().isEmpty() && expectation.concerns().isEmpty();
    }

    /** A list of ids, each as the catalogue spells it (as written when there is none to check against). */
    private static String[] readIds(StrictParser parser, String path, Optional<List<String>> declared,
                                    String what) {
        List<String> ids = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        parser.readList(path, "a list of " + what + "s", (index, itemPath) -> {
            String id = declared.isPresent() ? parser.readName(itemPath, declared.get(), what)
                    : parser.readString(itemPath, false);
            String earlier = seen.putIfAbsent(id, itemPath);
            if (earlier != null) {
                throw parser.error(itemPath, "duplicate " + what + " " + id + " (already at " + earlier + ")");
            }
            ids.add(id);
        });
        return ids.toArray(String[]::new);
    }

    private static Map<String, Expectation.Concern> readConcerns(StrictParser parser, String path,
                                                                 Optional<List<String>> declared) {
        Map<String, Expectation.Concern> concerns = new LinkedHashMap<>();
        Map<String, SourceLocation> seen = new HashMap<>();
        parser.readMapping(path, "a mapping from concern ids to what is expected of each ("
                + String.join(", ", CONCERN_KEYS) + ")", (key, keyPath, keyAt) -> {
                    String id = declared.map(ids -> parser.name(ids, key, keyAt, keyPath, "concern id")).orElse(key);
                    SourceLocation first = seen.putIfAbsent(id, keyAt);
                    if (first != null) {
                        throw parser.error(keyAt, keyPath, "duplicate concern " + id + "; first given at line "
                                + first.line() + ", column " + first.column());
                    }
                    concerns.put(id, readConcern(parser, keyPath));
                });
        return concerns;
    }

    /** One concern's expectation; null or {} means "raised", whatever its level and answer. */
    private static Expectation.Concern readConcern(StrictParser parser, String path) {
        if (parser.isNull()) {
            return Expectation.Concern.RAISED;
        }
        Level[] level = {null};
        Boolean[] answered = {null};
        ConcernKind[] kind = {null};
        Boolean[] raised = {null};
        SourceLocation[] detailAt = {null};
        String[] detailPath = {null};
        parser.readMapping(path, "a mapping with any of " + String.join(", ", CONCERN_KEYS), CONCERN_KEYS,
                (key, keyPath, keyAt) -> {
                    switch (key) {
                        case "level" -> level[0] = parser.readEnum(keyPath, Level.class, "level");
                        case "answered" -> answered[0] = parser.readBoolean(keyPath);
                        case "kind" -> kind[0] = parser.readEnum(keyPath, ConcernKind.class, "kind");
                        case "raised" -> raised[0] = parser.readBoolean(keyPath);
                        default -> throw new IllegalStateException("no reader for key " + keyPath);
                    }
                    if (!key.equals("raised") && detailAt[0] == null) {
                        detailAt[0] = keyAt;
                        detailPath[0] = keyPath;
                    }
                });
        boolean isRaised = raised[0] == null || raised[0];
        if (!isRaised && detailAt[0] != null) {
            throw parser.error(detailAt[0], detailPath[0],
                    "cannot be expected of a concern expected not raised (raised: false)");
        }
        return new Expectation.Concern(isRaised, Optional.ofNullable(level[0]), Optional.ofNullable(answered[0]),
                Optional.ofNullable(kind[0]));
    }
}
