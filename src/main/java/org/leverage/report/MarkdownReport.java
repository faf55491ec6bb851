package org.leverage.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.leverage.api.Assessment;
import org.leverage.api.Assessment.Concern;
import org.leverage.api.Assessment.Recommendation;
import org.leverage.api.Assessment.Warning;
import org.leverage.api.Phase;

/**
 * The assessment as a briefing memo in Markdown (CommonMark with a GitHub table): a title with the scenario's
 * label and date, the phase in one line, the essay's verdict when the state is out of scope, the
 * recommendations numbered and grouped by phase with who each goes to, how strongly the essay puts it and the
 * paragraph it rests on, Beijing's concerns as a table, the warnings, and what is already in place.
 *
 * <p>Only the assessment's own paraphrases are written, never the essay's text. Ids are code spans; any other
 * text has Markdown's special characters escaped, so a label cannot start a list or break the table. The same
 * assessment always gives the same string, with {@code "\n"} line endings and a trailing newline.
 *
 * <pre>
 * # Briefing: baseline-2017 (as of 2017-03-29)
 *
 * **Phase: ENGAGE PYONGYANG** — engage Pyongyang first (¶7)
 *
 * ## Recommendations
 *
 * ### Engage Pyongyang (¶7)
 *
 * 1. `OPEN_BILATERAL_TALKS` — Open serious bilateral talks with Pyongyang, as Beijing has long urged\
 *    To: Pyongyang · Modality: first step · Source: ¶7
 * </pre>
 */
public final class MarkdownReport implements Report {

    /** The last line of every memo. */
    static final String FOOTER = "*Paraphrases of the essay, not quotations. The rules and facts behind each item"
            + " are in the JSON and HTML reports.*";

    /**
     * The characters that are Markdown syntax anywhere in a line. Those that are syntax only at its start
     * ({@code #}, {@code +}, {@code -}, a number's {@code .}) never start our text, which always follows a
     * marker or a word, and are left alone for readability.
     */
    private static final String SYNTAX = "\\`*_[]<>|~&";

    @Override
    public String render(Assessment assessment) {
        Objects.requireNonNull(assessment, "assessment must not be null");
        List<String> blocks = new ArrayList<>();
        String scenario = Wording.scenario(assessment.scenario());
        blocks.add("# Briefing" + (scenario.isEmpty() ? "" : ": " + text(scenario)));
        blocks.add(headline(assessment.phase()));
        if (assessment.phase() == Phase.NONE || assessment.outOfScopeReason().isPresent()) {
            blocks.add("## Out of scope");
            String reason = Text.oneLine(assessment.outOfScope());
            blocks.add((reason.isEmpty() ? "" : text(terminated(reason)) + " ") + Wording.NOTHING_TO_ADVISE);
        }
        blocks.add("## Recommendations");
        recommendations(blocks, assessment.recommendations());
        blocks.add("## Beijing's concerns");
        blocks.add(concerns(assessment.concerns()));
        blocks.add("## Warnings");
        blocks.add(warnings(assessment.warnings()));
        blocks.add("## Already in place");
        blocks.add(assessment.inPlace().isEmpty() ? "Nothing yet."
                : String.join("\n", assessment.inPlace().stream().map(id -> "- " + code(id)).toList()));
        blocks.add("---");
        blocks.add(FOOTER);
        return String.join("\n\n", blocks) + "\n";
    }

    private static String headline(Phase phase) {
        String words = Wording.phase(phase);
        int dash = words.indexOf(" — ");
        return "**Phase: " + words.substring(0, dash) + "**" + words.substring(dash);
    }

    private static void recommendations(List<String> blocks, List<Recommendation> recommendations) {
        if (recommendations.isEmpty()) {
            blocks.add("None.");
            return;
        }
        int number = 0;
        Phase group = null;
        List<String> items = new ArrayList<>();
        for (Recommendation r : recommendations) {
            if (number == 0 || r.phase() != group) {
                if (!items.isEmpty()) {
                    blocks.add(String.join("\n", items));
                    items.clear();
                }
                group = r.phase();
                blocks.add("### " + Wording.phaseHeading(group));
            }
            number++;
            String marker = number + ". ";
            String indent = " ".repeat(marker.length());
            String summary = Text.oneLine(r.summary());
            items.add(marker + code(r.id()) + (summary.isEmpty() ? "" : " — " + text(summary)));
            List<String> facts = new ArrayList<>();
            String to = Wording.addressee(r.addressee());
            if (!to.isEmpty()) {
                facts.add("To: " + text(to));
            }
            String modality = Wording.modality(r.modality()).toLowerCase(Locale.ROOT);
            if (!modality.isEmpty()) {
                facts.add("Modality: " + modality);
            }
            if (!r.sources().isEmpty()) {
                facts.add("Source: " + text(Wording.sources(r.sources())));
            }
            if (!r.answers().isEmpty()) {
                facts.add("Answers: " + codes(r.answers()));
            }
            if (!facts.isEmpty()) {
                // A backslash at the end of a line is CommonMark's visible hard line break.
                items.set(items.size() - 1, items.get(items.size() - 1) + "\\");
                items.add(indent + String.join(" · ", facts));
            }
        }
        blocks.add(String.join("\n", items));
    }

    private static String concerns(List<Concern> concerns) {
        if (concerns.isEmpty()) {
            return "None raised.";
        }
        List<String> rows = new ArrayList<>();
        rows.add("| Concern | Level | Status | Answered by | In brief |");
        rows.add("|---|---|---|---|---|");
        for (Concern c : concerns) {
            String answeredBy;
            if (!c.answeredBy().isEmpty()) {
                answeredBy = codes(c.answeredBy());
            } else {
                answeredBy = Wording.kindNote(c).isEmpty() ? "—" : "— (" + text(Wording.kindNote(c)) + ")";
            }
            String brief = text(Text.oneLine(c.summary()));
            if (!c.sources().isEmpty()) {
                brief = (brief.isEmpty() ? "" : brief + " ") + "(" + text(Wording.sources(c.sources())) + ")";
            }
            rows.add("| " + code(c.id()) + " | " + (c.level() == null ? "—" : c.level().name()) + " | "
                    + Wording.status(c) + " | " + answeredBy + " | " + brief + " |");
        }
        return String.join("\n", rows);
    }

    private static String warnings(List<Warning> warnings) {
        if (warnings.isEmpty()) {
            return "None.";
        }
        List<String> lines = new ArrayList<>();
        for (Warning w : warnings) {
            String summary = Text.oneLine(w.summary());
            String sources = w.sources().isEmpty() ? "" : " (" + text(Wording.sources(w.sources())) + ")";
            lines.add("- " + code(w.id()) + (summary.isEmpty() ? "" : " — " + text(summary)) + sources);
        }
        return String.join("\n", lines);
    }

    private static String codes(List<String> ids) {
        return String.join(", ", ids.stream().map(MarkdownReport::code).toList());
    }

    /**
     * {@code id} as a code span, on one line, fenced with more backticks than it contains and padded when it
     * starts or ends with one; a pipe is escaped, since GitHub tables split cells on it even inside code.
     */
    static String code(String id) {
        String flat = Text.oneLine(id).replace("|", "\\|");
        int longest = 0;
        int run = 0;
        for (char c : flat.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = flat.startsWith("`") || flat.endsWith("`");
        return fence + (pad ? " " + flat + " " : flat) + fence;
    }

    /** {@code text} with every character that Markdown could read as syntax escaped with a backslash. */
    static String text(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : Text.oneLine(text).toCharArray()) {
            if (SYNTAX.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static String terminated(String sentence) {
        return sentence.endsWith(".") || sentence.endsWith("!") || sentence.endsWith("?") ? sentence
                : sentence + ".";
    }
}
