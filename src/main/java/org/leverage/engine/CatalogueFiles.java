package org.leverage.engine;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.leverage.api.Addressee;
import org.leverage.api.ConcernKind;
import org.leverage.api.Modality;
import org.leverage.api.Phase;
import org.leverage.api.RuleException;
import org.leverage.api.SourceLocation;
import org.leverage.spelling.AsciiCase;

/**
 * Reads the {@code catalogue.yaml} files of analysts' rule folders: the ids their rules conclude, each with
 * what the outputs say of it. Strict: an unknown key or value is a rule-file error at its line and column.
 *
 * <pre>
 * recommendations:
 *   BACK_CHANNEL_TO_BEIJING:
 *     phase: ENLIST_BEIJING
 *     addressee: BEIJING
 *     modality: CONSIDER
 *     summary: Open a quiet channel to Beijing's leaders before any public call
 *     sources: ["¶8"]
 * concerns:
 *   SANCTIONS_EVASION: {kind: CONCERN, summary: ..., sources: [...], answeredBy: [...]}
 * warnings:
 *   PUBLIC_ULTIMATUM: {summary: ..., sources: [...]}
 * </pre>
 */
final class CatalogueFiles {

    static final String FILE_NAME = "catalogue.yaml";

    /**
     * The catalogue's YAML reader, built on first use: the built-in catalogue comes precompiled with the jar, so a
     * start that reads no analyst's {@code catalogue.yaml} never pays for setting up a data binder.
     */
    private static final class Yaml {

        static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // Enum values in any case, as Jackson's ACCEPT_CASE_INSENSITIVE_ENUMS allows, but folding ASCII letters
                // only: Jackson's String.equalsIgnoreCase reads the look-alike ſhould (long s) as SHOULD.
                .addModule(new SimpleModule("ascii-case-enums").setDeserializerModifier(new AsciiCaseEnums()))
                // YAML keeps the second of two equal keys and drops the first silently: an id declared twice is a
                // mistake to report, not to resolve.
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();

        private Yaml() {
        }
    }

    /**
     * Reads an enum value written in any case of its ASCII letters ({@code should}, {@code Should} for
     * {@code SHOULD}); anything else is Jackson's usual unknown-value error, which {@link CatalogueErrors} words
     * with the valid values. Tokens other than a string go to Jackson's own enum reader, for its usual errors.
     */
    private static final class AsciiCaseEnums extends BeanDeserializerModifier {

        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                          BeanDescription description, JsonDeserializer<?> own) {
            Class<?> enumType = type.getRawClass();
            return new StdScalarDeserializer<Object>(enumType) {
                @Override
                public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                    if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                        return own.deserialize(parser, context);
                    }
                    String written = parser.getText();
                    String folded = AsciiCase.upper(written);
                    for (Object constant : enumType.getEnumConstants()) {
                        if (((Enum<?>) constant).name().equals(folded)) {
                            return constant;
                        }
                    }
                    return context.handleWeirdStringValue(enumType, written, "not one of the values accepted");
                }
            };
        }
    }

    record VariantDeclaration(Map<String, com.fasterxml.jackson.databind.JsonNode> when, String summary,
                              List<String> sources) {
    }

    record RecommendationDeclaration(Phase phase, Addressee addressee, Modality modality, String summary,
                                     List<String> sources, List<VariantDeclaration> variants) {
    }

    /** {@code residual: true} is the first catalogue format's way of saying {@code kind: RESIDUAL_RISK}. */
    record ConcernDeclaration(ConcernKind kind, String summary, List<String> sources,
                              List<com.fasterxml.jackson.databind.JsonNode> answeredBy, Boolean residual,
                              List<VariantDeclaration> variants) {
    }

    record WarningDeclaration(String summary, List<String> sources, List<VariantDeclaration> variants) {
    }

    record Declarations(String framework, Map<String, RecommendationDeclaration> recommendations,
                        Map<String, ConcernDeclaration> concerns, Map<String, WarningDeclaration> warnings,
                        Map<String, String> paragraphs) {
    }

    private CatalogueFiles() {
    }

    /** The catalogue with the declarations of every {@code catalogue.yaml} under these folders added. */
    static Catalogue extend(Catalogue catalogue, List<Path> folders) {
        Catalogue extended = catalogue;
        for (Path folder : folders) {
            for (Path file : files(folder)) {
                extended = add(extended, RuleSources.displayName(file), read(file));
            }
        }
        return extended;
    }

    /** The built-in framework's catalogue: the {@code catalogue.yaml} packaged beside its rules in the jar. */
    static Catalogue packaged() {
        String text = packagedText();
        // Compiled with the jar: an application then starts without a YAML parser to set up.
        return PrecompiledFramework.catalogue(text).orElseGet(() -> parsePackaged(text));
    }

    /** The packaged catalogue parsed from its text, never taken from what the build stored: for the build itself. */
    static Catalogue parsePackaged(String text) {
        return add(Catalogue.EMPTY, RuleSources.PACKAGED_ROOT + FILE_NAME, text);
    }

    /** The text of the {@code catalogue.yaml} packaged in the jar. */
    static String packagedText() {
        String resource = RuleSources.PACKAGED_ROOT + FILE_NAME;
        try (java.io.InputStream in = CatalogueFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the built-in catalogue is missing from the class path (" + resource
                        + ")");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * The framework's catalogue from a folder holding it (a clone's {@code rules/}): what the build stored when the
     * folder's one {@code catalogue.yaml} is the packaged one's text, else the folder's files parsed.
     */
    static Catalogue framework(Path folder) {
        List<Path> files = files(folder);
        if (files.size() == 1) {
            Optional<Catalogue> precompiled = PrecompiledFramework.catalogue(read(files.get(0)));
            if (precompiled.isPresent()) {
                return precompiled.get();
            }
        }
        return extend(Catalogue.EMPTY, List.of(folder));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw problem(RuleSources.displayName(file), 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().equals(FILE_NAME) && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw problem(RuleSources.displayName(folder), 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private static Catalogue add(Catalogue catalogue, String name, String text) {
        Located file = new Located(name, text);
        Declarations declarations;
        try {
            declarations = Yaml.YAML.readValue(text, Declarations.class);
        } catch (JsonProcessingException e) {
            throw CatalogueErrors.of(file, e);
        }
        if (declarations == null) {
            return catalogue;
        }
        Map<String, Catalogue.RecommendationEntry> recommendations = new LinkedHashMap<>();
        if (declarations.recommendations() != null) {
            declarations.recommendations().forEach((id, d) -> {
                require(file, "recommendations", id, "phase", d.phase());
                require(file, "recommendations", id, "addressee", d.addressee());
                require(file, "recommendations", id, "modality", d.modality());
                require(file, "recommendations", id, "summary", d.summary());
                recommendations.put(id, new Catalogue.RecommendationEntry(id, d.phase(), d.addressee(),
                        d.modality(), d.summary(), sources(d.sources()),
                        CatalogueConditions.variants(file, List.of("recommendations", id), d.variants(), false)));
            });
        }
        Map<String, Catalogue.ConcernEntry> concerns = new LinkedHashMap<>();
        if (declarations.concerns() != null) {
            declarations.concerns().forEach((id, d) -> {
                require(file, "concerns", id, "summary", d.summary());
                ConcernKind kind = d.kind();
                if (d.residual() != null) {
                    ConcernKind saidByResidual = d.residual() ? ConcernKind.RESIDUAL_RISK : ConcernKind.CONCERN;
                    if (kind != null && kind != saidByResidual
                            && !(kind == ConcernKind.PREMISE && !d.residual())) {
                        throw file.problem(List.of("concerns", id), "kind " + kind + " contradicts residual: "
                                + d.residual() + "; give kind alone (PREMISE, CONCERN or RESIDUAL_RISK)");
                    }
                    kind = kind == null ? saidByResidual : kind;
                }
                concerns.put(id, new Catalogue.ConcernEntry(id, kind == null ? ConcernKind.CONCERN : kind,
                        d.summary(), sources(d.sources()),
                        CatalogueConditions.answeredBy(file, List.of("concerns", id, "answeredBy"), d.answeredBy()),
                        CatalogueConditions.variants(file, List.of("concerns", id), d.variants(), true)));
            });
        }
        Map<String, Catalogue.WarningEntry> warnings = new LinkedHashMap<>();
        if (declarations.warnings() != null) {
            declarations.warnings().forEach((id, d) -> {
                require(file, "warnings", id, "summary", d.summary());
                warnings.put(id, new Catalogue.WarningEntry(id, d.summary(), sources(d.sources()),
                        CatalogueConditions.variants(file, List.of("warnings", id), d.variants(), false)));
            });
        }
        return catalogue.with(recommendations, concerns, warnings,
                declarations.paragraphs() == null ? Map.of() : declarations.paragraphs());
    }

    /** A catalogue file's name and text, for errors located at a key. */
    record Located(String name, String text) {
        RuleException problem(List<String> path, String message) {
            return at(path, String.join(".", path) + ": " + message);
        }

        /** The message as it is, at the key this path leads to. */
        RuleException at(List<String> key, String message) {
            JsonLocation where = CatalogueErrors.locate(text, key).orElse(null);
            return CatalogueFiles.problem(name, where == null ? 0 : where.getLineNr(),
                    where == null ? 0 : where.getColumnNr(), message, null);
        }
    }

    /** The factory of the catalogue's YAML, for reading a file's tokens again to locate a key. */
    static JsonFactory yamlFactory() {
        return Yaml.YAML.getFactory();
    }

    private static List<String> sources(List<String> sources) {
        return sources == null ? List.of() : List.copyOf(sources);
    }

    private static void require(Located file, String section, String id, String field, Object value) {
        if (value == null) {
            throw file.at(List.of(section, id), section + "." + id + "." + field + ": missing; every declared "
                    + section.substring(0, section.length() - 1) + " needs one");
        }
    }

    static RuleException problem(String file, int line, int column, String message, Throwable cause) {
        SourceLocation location = new SourceLocation(file, line, column);
        return new RuleException(location, message, List.of(location + ": " + message), cause);
    }
}
