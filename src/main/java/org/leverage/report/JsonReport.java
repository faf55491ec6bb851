package org.leverage.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.leverage.api.Assessment;
import org.leverage.api.Assessment.Concern;
import org.leverage.api.Assessment.Recommendation;
import org.leverage.api.Assessment.Step;
import org.leverage.api.Assessment.Warning;

/**
 * The assessment as the JSON of DOMAIN §7, for programs: exactly the field names and order of the contract,
 * nothing more (the api's {@code answeredInPart} and concern summary are left out). A concern's {@code kind}
 * (DOMAIN v2) is an added field, so the output stays {@code format: 1}.
 *
 * <p>The layout is fixed so that output can be diffed and pinned, and is diff's and sweep's too: two-space
 * indent, one value per line, {@code "name": value}, empty arrays as {@code []}, {@code "\n"} line endings on
 * every platform, a trailing newline, and characters outside ASCII (such as {@code ¶}) written as themselves,
 * not escaped; write the string out as UTF-8. The same assessment always gives the same string.
 */
public final class JsonReport implements Report {

    @Override
    public String render(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment must not be null");
        return Json.write(toTree(assessment));
    }

    private static ObjectNode toTree(Assessment assessment) {
        ObjectNode root = Json.object();
        root.put("format", assessment.format());
        ObjectNode scenario = root.putObject("scenario");
        scenario.put("label", assessment.scenario().label());
        scenario.put("asOf", assessment.scenario().asOf() == null ? null : assessment.scenario().asOf().toString());
        root.put("phase", name(assessment.phase()));
        ArrayNode recommendations = root.putArray("recommendations");
        for (Recommendation r : assessment.recommendations()) {
            ObjectNode node = recommendations.addObject();
            node.put("id", r.id());
            node.put("phase", name(r.phase()));
            node.put("addressee", name(r.addressee()));
            node.put("modality", name(r.modality()));
            node.put("summary", r.summary());
            strings(node.putArray("sources"), r.sources());
            strings(node.putArray("answers"), r.answers());
            steps(node.putArray("because"), r.because());
        }
        strings(root.putArray("inPlace"), assessment.inPlace());
        ArrayNode concerns = root.putArray("concerns");
        for (Concern c : assessment.concerns()) {
            ObjectNode node = concerns.addObject();
            node.put("id", c.id());
            node.put("kind", name(c.kind()));
            node.put("level", name(c.level()));
            node.put("answered", c.answered());
            strings(node.putArray("answeredBy"), c.answeredBy());
            strings(node.putArray("sources"), c.sources());
            steps(node.putArray("because"), c.because());
        }
        ArrayNode warnings = root.putArray("warnings");
        for (Warning w : assessment.warnings()) {
            ObjectNode node = warnings.addObject();
            node.put("id", w.id());
            node.put("summary", w.summary());
            strings(node.putArray("sources"), w.sources());
            steps(node.putArray("because"), w.because());
        }
        root.put("outOfScope", assessment.outOfScope());
        return root;
    }

    private static void steps(ArrayNode into, List<Step> steps) {
        for (Step step : steps) {
            ObjectNode node = into.addObject();
            node.put("rule", step.rule());
            ArrayNode facts = node.putArray("facts");
            step.facts().forEach(fact -> facts.add(fact.text()));
        }
    }

    private static void strings(ArrayNode into, List<String> values) {
        values.forEach(into::add);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
