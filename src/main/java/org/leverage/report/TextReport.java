package org.leverage.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.leverage.api.Assessment;
import org.leverage.api.Assessment.Concern;
import org.leverage.api.Assessment.Recommendation;
import org.leverage.api.Assessment.Warning;
import org.leverage.api.Phase;

/**
 * The assessment as plain text for a policy officer at a terminal: the phase in words, the recommendations
 * numbered and grouped by phase, Beijing's concerns with whether each is answered, the warnings, and what is
 * already in place. No colours, {@code "\n"} line endings on every platform, a trailing newline; the scenario,
 * the phase, the notes and the summaries are wrapped at {@value #WIDTH} columns (only a single word longer than
 * a line runs past it). The rules and facts behind each item are left to the JSON report.
 *
 * <pre>
 * Phase: ENGAGE PYONGYANG — engage Pyongyang first (¶7)
 *
 * Recommendations
 * ---------------
 * Engage Pyongyang (¶7)
 *   1. OPEN_BILATERAL_TALKS  [FIRST STEP → Pyongyang]  ¶7
 *      Open serious bilateral talks with Pyongyang, as Beijing has long urged
 * </pre>
 */
public final class TextReport implements Report {

    /** The column summaries are wrapped at. */
    public static final int WIDTH = 100;

    /** The last line of every report. */
    public static final String JSON_HINT = "Run with --format json for the rules and facts behind each item.";

    private static final String SCENARIO = "Scenario: ";
    private static final String PHASE = "Phase: ";

    @Override
    public String render(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment must not be null");
        StringBuilder out = new StringBuilder();
        headline(out, assessment);
        out.append('\n');
        recommendations(out, assessment.recommendations());
        out.append('\n');
        concerns(out, assessment.concerns());
        out.append('\n');
        warnings(out, assessment.warnings());
        out.append('\n');
        inPlace(out, assessment.inPlace());
        out.append('\n');
        out.append(JSON_HINT).append('\n');
        return out.toString();
    }

    /**
     * The scenario and the phase, each wrapped at {@link #WIDTH} under its own label: the phase in words (and an
     * out-of-scope assessment's reasons) can run well past one line.
     */
    private static void headline(StringBuilder out, Assessment assessment) {
        String scenario = Wording.scenario(assessment.scenario());
        if (!scenario.isEmpty()) {
            wrap(out, SCENARIO, " ".repeat(SCENARIO.length()), scenario, "");
        }
        String phase = Wording.phase(assessment.phase());
        if (assessment.phase() == Phase.NONE) {
            String reason = Text.oneLine(assessment.outOfScope());
            wrap(out, PHASE, " ".repeat(PHASE.length()), phase + (reason.isEmpty() ? "" : ": " + reason), "");
            out.append(Wording.NOTHING_TO_ADVISE).append('\n');
        } else {
            wrap(out, PHASE, " ".repeat(PHASE.length()), phase, "");
        }
    }

    private static void recommendations(StringBuilder out, List<Recommendation> recommendations) {
        Text.heading(out, "Recommendations");
        if (recommendations.isEmpty()) {
            out.append("  none\n");
            return;
        }
        int number = 0;
        Phase group = null;
        for (Recommendation r : recommendations) {
            if (number == 0 || r.phase() != group) {
                group = r.phase();
                out.append(Wording.phaseHeading(group)).append('\n');
            }
            number++;
            String prefix = "  " + number + ". ";
            out.append(prefix).append(r.id());
            String strength = Wording.strength(r.modality(), r.addressee());
            if (!strength.isEmpty()) {
                out.append("  [").append(strength).append(']');
            }
            appendSources(out, "  ", r.sources());
            out.append('\n');
            wrap(out, " ".repeat(prefix.length()), r.summary(), "");
        }
    }

    private static void concerns(StringBuilder out, List<Concern> concerns) {
        Text.heading(out, "Beijing's concerns");
        if (concerns.isEmpty()) {
            out.append("  none\n");
            return;
        }
        for (Concern c : concerns) {
            String level = c.level() == null ? "-" : c.level().name();
            String head = "  " + c.id() + "  " + level + "  " + Wording.status(c);
            List<String> notes = new ArrayList<>();
            if (!c.answered() && !c.answeredBy().isEmpty()) {
                notes.add("answered by: " + String.join(", ", c.answeredBy()));
            }
            if (!Wording.kindNote(c).isEmpty()) {
                notes.add(Wording.kindNote(c));
            }
            out.append(head);
            int column = head.length();
            for (String note : notes) {
                String piece = " — " + note;
                if (column + piece.length() <= WIDTH) {
                    out.append(piece);
                    column += piece.length();
                } else {
                    // A note too long for the line goes on lines of its own, wrapped like a summary.
                    out.append('\n');
                    wrap(out, "    ", "— " + note, "");
                    out.setLength(out.length() - 1);
                    column = WIDTH;
                }
            }
            out.append('\n');
            wrap(out, "    ", c.summary(), sourcesSuffix(c.sources()));
        }
    }

    private static void warnings(StringBuilder out, List<Warning> warnings) {
        Text.heading(out, "Warnings");
        if (warnings.isEmpty()) {
            out.append("  none\n");
            return;
        }
        for (Warning w : warnings) {
            out.append("  ").append(w.id());
            appendSources(out, "  ", w.sources());
            out.append('\n');
            wrap(out, "    ", w.summary(), "");
        }
    }

    private static void inPlace(StringBuilder out, List<String> inPlace) {
        Text.heading(out, "Already in place");
        if (inPlace.isEmpty()) {
            out.append("  nothing yet\n");
            return;
        }
        inPlace.forEach(id -> out.append("  ").append(id).append('\n'));
    }

    private static void appendSources(StringBuilder out, String separator, List<String> sources) {
        if (!sources.isEmpty()) {
            out.append(separator).append(String.join(", ", sources));
        }
    }

    private static String sourcesSuffix(List<String> sources) {
        return sources.isEmpty() ? "" : "(" + String.join(", ", sources) + ")";
    }

    /**
     * Writes {@code text} and then {@code suffix} (kept whole) as lines starting with {@code indent}, breaking
     * between words before {@link #WIDTH}; a single word longer than the line is left long.
     */
    private static void wrap(StringBuilder out, String indent, String text, String suffix) {
        wrap(out, indent, indent, text, suffix);
    }

    /** As {@link #wrap(StringBuilder, String, String, String)}, the first line starting with {@code first}. */
    private static void wrap(StringBuilder out, String first, String indent, String text, String suffix) {
        List<String> words = new ArrayList<>();
        String flat = Text.oneLine(text);
        if (!flat.isEmpty()) {
            words.addAll(List.of(flat.split(" ")));
        }
        if (!suffix.isEmpty()) {
            words.add(suffix);
        }
        Text.wrap(words, first, indent, WIDTH).forEach(line -> out.append(line).append('\n'));
    }
}
