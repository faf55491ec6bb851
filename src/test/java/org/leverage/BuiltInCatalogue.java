package org.leverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.leverage.api.Addressee;
import org.leverage.api.Assessment;
import org.leverage.api.ConcernId;
import org.leverage.api.ConcernKind;
import org.leverage.api.Level;
import org.leverage.api.Modality;
import org.leverage.api.Phase;
import org.leverage.api.RecommendationId;
import org.leverage.api.WarningId;

/**
 * The built-in framework's {@code rules/catalogue.yaml} as test fixtures read it: the plain wording, sources,
 * phase, kind and answers of each built-in id, so that hand-made assessments say what the framework says.
 */
public final class BuiltInCatalogue {

    private static final JsonNode CATALOGUE = read();

    private BuiltInCatalogue() {
    }

    public static JsonNode recommendation(RecommendationId id) {
        return CATALOGUE.path("recommendations").path(id.name());
    }

    public static JsonNode concern(ConcernId id) {
        return CATALOGUE.path("concerns").path(id.name());
    }

    public static JsonNode warning(WarningId id) {
        return CATALOGUE.path("warnings").path(id.name());
    }

    public static ConcernKind kind(ConcernId id) {
        return ConcernKind.valueOf(concern(id).path("kind").asText("CONCERN"));
    }

    /** What answers a concern, every entry counted (the catalogue's {@code whileRaised} left aside). */
    public static List<String> answeredBy(ConcernId id) {
        List<String> ids = new ArrayList<>();
        concern(id).path("answeredBy").forEach(by -> ids.add(by.isTextual() ? by.asText() : by.path("id").asText()));
        return ids;
    }

    /** The concerns a recommendation answers, in the catalogue's order. */
    public static List<String> answers(RecommendationId id) {
        List<String> concerns = new ArrayList<>();
        for (ConcernId concern : ConcernId.values()) {
            if (answeredBy(concern).contains(id.name())) {
                concerns.add(concern.name());
            }
        }
        return concerns;
    }

    public static List<String> sources(JsonNode entry) {
        List<String> sources = new ArrayList<>();
        entry.path("sources").forEach(s -> sources.add(s.asText()));
        return sources;
    }

    public static Assessment.Recommendation recommendation(RecommendationId id, List<Assessment.Step> because) {
        JsonNode entry = recommendation(id);
        return new Assessment.Recommendation(id.name(), Phase.valueOf(entry.path("phase").asText()),
                Addressee.valueOf(entry.path("addressee").asText()), Modality.valueOf(entry.path("modality").asText()),
                entry.path("summary").asText(), sources(entry), answers(id), because);
    }

    public static Assessment.Concern concern(ConcernId id, Level level, boolean answered, boolean answeredInPart,
                                             List<Assessment.Step> because) {
        JsonNode entry = concern(id);
        return new Assessment.Concern(id.name(), kind(id), level, answered, answeredInPart, answeredBy(id),
                entry.path("summary").asText(), sources(entry), because);
    }

    public static Assessment.Warning warning(WarningId id, List<Assessment.Step> because) {
        JsonNode entry = warning(id);
        return new Assessment.Warning(id.name(), entry.path("summary").asText(), sources(entry), because);
    }

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(TestPaths.rules().resolve("catalogue.yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
