package org.leverage.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

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
        String resource = RuleSources.PACKAGED_ROOT + FILE_NAME;
        try (java.io.InputStream in = CatalogueFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the built-in catalogue is missing from the class path (" + resource
                        + ")");
            }
            return add(Catalogue.EMPTY, resource, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
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
        Declarations declarations;
        try {
            declarations = YAML.readValue(text, Declarations.class);
        } catch (JsonProcessingException e) {
            JsonLocation where = e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                    ? locate(text, names(mapping.getPath())).orElse(e.getLocation()) : e.getLocation();
            String message = e.getOriginalMessage().replaceAll("\\s+", " ");
            int cut = message.indexOf(" (class ");
            if (cut > 0) {
                message = message.substring(0, cut);
            }
            throw problem(name, where == null ? 0 : where.getLineNr(), where == null ? 0 : where.getColumnNr(),
                    message, e);
        }
        if (declarations == null) {
            return catalogue;
        }
        Located file = new Located(name, text);
        Map<String, Catalogue.RecommendationEntry> recommendations = new LinkedHashMap<>();
        if (declarations.recommendations() != null) {
            declarations.recommendations().forEach((id, d) -> {
                require(name, "recommendations." + id, "phase", d.phase());
                require(name, "recommendations." + id, "addressee", d.addressee());
                require(name, "recommendations." + id, "modality", d.modality());
                require(name, "recommendations." + id, "summary", d.summary());
                recommendations.put(id, new Catalogue.RecommendationEntry(id, d.phase(), d.addressee(),
                        d.modality(), d.summary(), sources(d.sources()),
                        CatalogueConditions.variants(file, List.of("recommendations", id), d.variants(), false)));
            });
        }
        Map<String, Catalogue.ConcernEntry> concerns = new LinkedHashMap<>();
        if (declarations.concerns() != null) {
            declarations.concerns().forEach((id, d) -> {
                require(name, "concerns." + id, "summary", d.summary());
                ConcernKind kind = d.kind();
                if (d.residual() != null) {
                    ConcernKind saidByResidual = d.residual() ? ConcernKind.RESIDUAL_RISK : ConcernKind.CONCERN;
                    if (kind != null && kind != saidByResidual
                            && !(kind == ConcernKind.PREMISE && !d.residual())) {
                        throw problem(name, 0, 0, "concerns." + id + ": kind " + kind + " contradicts residual: "
                                + d.residual() + "; give kind alone (PREMISE, CONCERN or RESIDUAL_RISK)", null);
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
                require(name, "warnings." + id, "summary", d.summary());
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
            JsonLocation where = locate(text, path).orElse(null);
            return CatalogueFiles.problem(name, where == null ? 0 : where.getLineNr(),
                    where == null ? 0 : where.getColumnNr(), String.join(".", path) + ": " + message, null);
        }
    }

    private static List<String> names(List<com.fasterxml.jackson.databind.JsonMappingException.Reference> path) {
        List<String> names = path.stream().map(r -> r.getFieldName()).toList();
        return names.contains(null) ? names.stream().filter(java.util.Objects::nonNull).toList() : names;
    }

    /**
     * Where the key at this path is written: Jackson reports a record's problems at the record's end, after
     * reading it whole, so find the key again by walking the file's tokens.
     */
    private static java.util.Optional<JsonLocation> locate(String text, List<String> wanted) {
        if (wanted.isEmpty()) {
            return java.util.Optional.empty();
        }
        try (com.fasterxml.jackson.core.JsonParser parser = YAML.getFactory().createParser(text)) {
            java.util.ArrayDeque<String> at = new java.util.ArrayDeque<>();
            String pending = null;
            for (com.fasterxml.jackson.core.JsonToken token = parser.nextToken(); token != null;
                 token = parser.nextToken()) {
                switch (token) {
                    case FIELD_NAME -> {
                        pending = parser.currentName();
                        List<String> here = new java.util.ArrayList<>(at);
                        java.util.Collections.reverse(here);
                        here.removeIf(String::isEmpty);
                        here.add(pending);
                        if (here.equals(wanted)) {
                            return java.util.Optional.of(parser.currentTokenLocation());
                        }
                    }
                    case START_OBJECT, START_ARRAY -> {
                        at.push(pending == null ? "" : pending);
                        pending = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        if (!at.isEmpty()) {
                            at.pop();
                        }
                    }
                    default -> pending = null;
                }
            }
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.empty();
    }

    private static List<String> sources(List<String> sources) {
        return sources == null ? List.of() : List.copyOf(sources);
    }

    private static void require(String file, String path, String field, Object value) {
        if (value == null) {
            throw problem(file, 0, 0, path + "." + field + ": missing; every declared "
                    + path.substring(0, path.indexOf('.') - 1) + " needs one", null);
        }
    }

    static RuleException problem(String file, int line, int column, String message, Throwable cause) {
        SourceLocation location = new SourceLocation(file, line, column);
        return new RuleException(location, message, List.of(location + ": " + message), cause);
    }
}
