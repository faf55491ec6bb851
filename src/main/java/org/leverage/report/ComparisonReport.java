package org.leverage.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.leverage.api.Assessment;

/**
 * One state assessed under several frameworks, side by side: the phase, the recommendations and the warnings of
 * each, and where they agree and differ; then, when frameworks word an id they both conclude differently (a rival
 * framework's catalogue rewording the essay's), each one's wording. As text for a person, a column per framework;
 * as JSON for a program, in the spaced layout compare has always written. The assessments come by framework name,
 * in the order to show.
 */
public final class ComparisonReport {

    private ComparisonReport() {
    }

    /** The comparison as text. */
    public static String text(Map<String, Assessment> assessments) {
        List<String> names = new ArrayList<>(assessments.keySet());
        StringBuilder text = new StringBuilder();
        text.append("Frameworks: ").append(String.join(", ", names)).append("\n\n");
        text.append("Phase\n");
        int width = names.stream().mapToInt(String::length).max().orElse(0);
        for (String name : names) {
            text.append("  ").append(Text.pad(name, width)).append("  ").append(assessments.get(name).phase())
                    .append('\n');
        }
        text.append("  ").append(phasesAgree(assessments) ? "agree" : "DIFFER").append("\n\n");
        table(text, "Recommendations", names, assessments, ComparisonReport::recommendations);
        table(text, "Warnings", names, assessments, ComparisonReport::warnings);
        Map<String, Map<String, String>> reworded = wordedDifferently(assessments);
        if (!reworded.isEmpty()) {
            text.append("Worded differently\n");
            reworded.forEach((id, wordings) -> {
                text.append("  ").append(id).append('\n');
                wordings.forEach((name, summary) -> text.append("    ").append(Text.pad(name, width)).append("  ")
                        .append(summary).append('\n'));
            });
            text.append('\n');
        }
        return text.toString();
    }

    private static void table(StringBuilder text, String title, List<String> names,
                              Map<String, Assessment> assessments, Function<Assessment, List<String>> ids) {
        Set<String> all = allIds(assessments, ids);
        text.append(title).append('\n');
        if (all.isEmpty()) {
            text.append("  none in any framework\n\n");
            return;
        }
        int idWidth = Math.max(2, all.stream().mapToInt(String::length).max().orElse(2));
        text.append("  ").append(Text.pad("", idWidth));
        names.forEach(n -> text.append("  ").append(n));
        text.append('\n');
        int agree = 0;
        for (String id : all) {
            text.append("  ").append(Text.pad(id, idWidth));
            int yes = 0;
            for (String name : names) {
                boolean has = ids.apply(assessments.get(name)).contains(id);
                yes += has ? 1 : 0;
                text.append("  ").append(Text.pad(has ? "yes" : "-", name.length()));
            }
            boolean agreed = yes == names.size();
            agree += agreed ? 1 : 0;
            text.append(agreed ? "  agree" : "  differ").append('\n');
        }
        text.append("  ").append(agree).append(" of ").append(all.size()).append(" agree\n\n");
    }

    /**
     * The comparison as JSON: each framework's phase and ids, whether the phases agree, the ids agreed and not, and
     * {@code wordedDifferently}, each framework's wording of an id by framework name, only when some id is.
     */
    public static String json(Map<String, Assessment> assessments) {
        ObjectNode root = Json.object();
        ArrayNode frameworks = root.putArray("frameworks");
        assessments.forEach((name, a) -> {
            ObjectNode node = frameworks.addObject();
            node.put("name", name);
            node.put("phase", a.phase().name());
            ArrayNode recommendations = node.putArray("recommendations");
            recommendations(a).forEach(recommendations::add);
            ArrayNode warnings = node.putArray("warnings");
            warnings(a).forEach(warnings::add);
        });
        root.put("phaseAgrees", phasesAgree(assessments));
        agreement(root.putObject("recommendations"), assessments, ComparisonReport::recommendations);
        agreement(root.putObject("warnings"), assessments, ComparisonReport::warnings);
        Map<String, Map<String, String>> reworded = wordedDifferently(assessments);
        if (!reworded.isEmpty()) {
            ObjectNode node = root.putObject("wordedDifferently");
            reworded.forEach((id, wordings) -> wordings.forEach(node.putObject(id)::put));
        }
        return Json.write(root, Json.Layout.SPACED);
    }

    private static void agreement(ObjectNode node, Map<String, Assessment> assessments,
                                  Function<Assessment, List<String>> ids) {
        ArrayNode agree = node.putArray("agree");
        ObjectNode differ = node.putObject("differ");
        for (String id : allIds(assessments, ids)) {
            List<String> holding = assessments.entrySet().stream()
                    .filter(e -> ids.apply(e.getValue()).contains(id)).map(Map.Entry::getKey).toList();
            if (holding.size() == assessments.size()) {
                agree.add(id);
            } else {
                ArrayNode in = differ.putArray(id);
                holding.forEach(in::add);
            }
        }
    }

    /**
     * The recommendations and warnings that frameworks word differently: for each such id, in the order the
     * frameworks first give it, the wording of every framework whose catalogue words it. A framework that concludes
     * an id its catalogue does not declare has no wording of its own for it, and so no say here.
     */
    private static Map<String, Map<String, String>> wordedDifferently(Map<String, Assessment> assessments) {
        Map<String, Map<String, String>> wordings = new LinkedHashMap<>();
        assessments.forEach((name, assessment) -> {
            assessment.recommendations().forEach(r -> worded(wordings, r.id(), name, r.summary()));
            assessment.warnings().forEach(w -> worded(wordings, w.id(), name, w.summary()));
        });
        wordings.values().removeIf(byFramework -> byFramework.values().stream().distinct().count() < 2);
        return wordings;
    }

    private static void worded(Map<String, Map<String, String>> wordings, String id, String framework,
                               String summary) {
        if (!summary.isBlank()) {
            wordings.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(framework, summary);
        }
    }

    private static boolean phasesAgree(Map<String, Assessment> assessments) {
        return assessments.values().stream().map(Assessment::phase).distinct().count() == 1;
    }

    /** Every id any framework has, in the order the frameworks first give them. */
    private static Set<String> allIds(Map<String, Assessment> assessments, Function<Assessment, List<String>> ids) {
        Set<String> all = new LinkedHashSet<>();
        assessments.values().forEach(a -> all.addAll(ids.apply(a)));
        return all;
    }

    private static List<String> recommendations(Assessment assessment) {
        return assessment.recommendations().stream().map(Assessment.Recommendation::id).toList();
    }

    private static List<String> warnings(Assessment assessment) {
        return assessment.warnings().stream().map(Assessment.Warning::id).toList();
    }
}
