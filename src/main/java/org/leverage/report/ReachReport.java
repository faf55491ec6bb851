package org.leverage.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.leverage.api.PolicyState;
import org.leverage.api.StateField;
import org.leverage.whatif.Difference;
import org.leverage.whatif.Difference.ConcernChange;
import org.leverage.whatif.Reach;
import org.leverage.whatif.ReachResult;
import org.leverage.whatif.ReachResult.Change;
import org.leverage.whatif.ReachResult.ChangeSet;
import org.leverage.whatif.ReachResult.Level;
import org.leverage.whatif.ReachTarget;

/**
 * A reach's findings: the smallest sets of changes that give the target, each with what else it changes in the
 * assessment, and how far the search went (the states of each size, assessed and skipped, and where it stopped).
 * As text for a person, one block per set; as JSON for a program, each set's difference laid out as the diff's JSON
 * is. Neither shows the time taken or the threads, so the same search always prints the same bytes.
 */
public final class ReachReport {

    /** The column lists of ids are wrapped at. */
    static final int WIDTH = 100;

    private ReachReport() {
    }

    /**
     * The search as text.
     *
     * @param from where the base state came from, in words: {@code the built-in scenario baseline-2017},
     *             {@code standard input} or a file's path
     */
    public static String text(ReachResult result, String from) {
        StringBuilder out = new StringBuilder();
        out.append("Reach: ").append(result.target().describe()).append('\n');
        out.append("From:  ").append(from).append('\n');
        if (result.stop() == ReachResult.Stop.ALREADY_HOLDS) {
            out.append('\n').append(holdsAlready(result.target())).append(" for ").append(from)
                    .append(": nothing to change.\n");
            return out.toString();
        }
        wrap(out, "Over:  " + fieldsSearched(result.fields()), "       ");
        out.append("Up to: ").append(changes(result.maxChanges())).append(String.format(Locale.ROOT,
                ", at most %,d states assessed\n", result.budget()));
        out.append('\n');
        // One line, however long: what the search came to, for a reader and for grep.
        out.append(conclusion(result)).append('\n');
        List<ChangeSet> sets = result.sets();
        for (int s = 0; s < sets.size(); s++) {
            out.append('\n');
            Text.heading(out, "Set " + (s + 1) + " of " + sets.size());
            set(out, sets.get(s), result.target());
        }
        out.append('\n');
        Text.heading(out, "Search");
        for (Level level : result.levels()) {
            out.append(String.format(Locale.ROOT, "  %-10s %,9d %s: %,d assessed, %,d skipped as contradictory\n",
                    changes(level.changes()), level.states(), level.states() == 1 ? "state" : "states",
                    level.assessed(), level.skipped()));
        }
        if (result.refused() != null) {
            out.append(String.format(Locale.ROOT, "  %-10s %,9d states: not searched, past the budget\n",
                    changes(result.refused().changes()), result.refused().states()));
        }
        out.append(String.format(Locale.ROOT, "  tried %,d %s: %,d assessed, %,d skipped as contradictory;"
                + " stopped at %s\n", result.tried(), result.tried() == 1 ? "state" : "states", result.assessed(),
                result.skipped(), changes(result.stoppedAt())));
        return out.toString();
    }

    /** The one line that says what the search came to: the sets found, or why it found none. */
    static String conclusion(ReachResult result) {
        String target = result.target().describe();
        int last = result.stoppedAt();
        return switch (result.stop()) {
            case ALREADY_HOLDS -> holdsAlready(result.target()) + ": nothing to change.";
            case FOUND -> String.format(Locale.ROOT, "Found %d minimal %s of %s that give %s; no smaller set does.",
                    result.sets().size(), result.sets().size() == 1 ? "set" : "sets", changes(last), target);
            case MAX_CHANGES -> String.format(Locale.ROOT, "No set of at most %s gives %s: raise --max-changes"
                    + " (at most %d) or narrow the search with --vary.", changes(last), target, Reach.MAX_CHANGES);
            case EXHAUSTED -> String.format(Locale.ROOT, "No change to the %s searched gives %s: every combination"
                    + " of %s values was tried; vary other fields.", fieldCount(result.fields().size()), target,
                    result.fields().size() == 1 ? "its" : "their");
            case BUDGET -> String.format(Locale.ROOT, "Stopped before %s: they make %,d states, more than the %,d"
                    + " left of --budget %,d, and no set of %s gives %s: narrow the search with --vary or --fix,"
                    + " or raise --budget.", changes(result.refused().changes()), result.refused().states(),
                    result.budget() - result.assessed(), result.budget(),
                    last == 0 ? "fewer changes" : "at most " + changes(last), target);
        };
    }

    private static String holdsAlready(ReachTarget target) {
        if (target instanceof ReachTarget.Recommended r) {
            return r.id() + " is already recommended";
        }
        if (target instanceof ReachTarget.NoWarning w) {
            return "The warning " + w.id() + " is already absent";
        }
        if (target instanceof ReachTarget.NoConcern c) {
            return "The concern " + c.id() + " is already not raised";
        }
        return "The phase is already " + ((ReachTarget.InPhase) target).phase();
    }

    /** One set: its changes, then what else changes in the assessment. */
    private static void set(StringBuilder out, ChangeSet set, ReachTarget target) {
        for (Change change : set.changes()) {
            out.append("  ").append(change.field().path()).append(": ").append(change.from()).append(" → ")
                    .append(change.to()).append('\n');
        }
        List<String[]> rows = elseChanges(set.difference(), target);
        if (rows.isEmpty()) {
            out.append("  Nothing else changes.\n");
            return;
        }
        out.append("  What else changes:\n");
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        for (String[] row : rows) {
            String first = "    " + Text.pad(row[0], width) + "  ";
            Text.wrap(Arrays.asList(row[1].split(" ")), first, " ".repeat(first.length()), WIDTH)
                    .forEach(line -> out.append(line).append('\n'));
        }
    }

    /** What else the difference shows, as label and text, leaving out the target itself. */
    private static List<String[]> elseChanges(Difference d, ReachTarget target) {
        List<String[]> rows = new ArrayList<>();
        if (d.phaseChanged() && !(target instanceof ReachTarget.InPhase)) {
            rows.add(new String[] {"phase", d.phaseA() + " → " + d.phaseB()});
        }
        if (d.outOfScopeChanged()) {
            rows.add(new String[] {"scope", DifferenceReport.scope(d.outOfScopeA()) + " → "
                    + DifferenceReport.scope(d.outOfScopeB())});
        }
        String recommended = target instanceof ReachTarget.Recommended r ? r.id() : null;
        ids(rows, "also recommended",
                d.recommendationsGained().stream().filter(id -> !id.equals(recommended)).toList());
        ids(rows, "no longer advised", d.recommendationsLost());
        ids(rows, "now in place", d.recommendationsTaken());
        String warning = target instanceof ReachTarget.NoWarning w ? w.id() : null;
        ids(rows, "warnings gained", d.warningsGained());
        ids(rows, "warnings lost", d.warningsLost().stream().filter(id -> !id.equals(warning)).toList());
        String concern = target instanceof ReachTarget.NoConcern c ? c.id() : null;
        List<String> raised = new ArrayList<>();
        List<String> cleared = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        for (ConcernChange c : d.concerns()) {
            if (c.id().equals(concern)) {
                continue;
            }
            if (c.appeared()) {
                raised.add(c.id() + " (" + DifferenceReport.concern(c.b()) + ")");
            } else if (c.disappeared()) {
                cleared.add(c.id() + " (was " + DifferenceReport.concern(c.a()) + ")");
            } else {
                changed.add(c.id() + " (" + DifferenceReport.concern(c.a()) + " → " + DifferenceReport.concern(c.b())
                        + ")");
            }
        }
        ids(rows, "concerns raised", raised);
        ids(rows, "concerns cleared", cleared);
        ids(rows, "concerns changed", changed);
        return rows;
    }

    private static void ids(List<String[]> rows, String label, List<String> items) {
        if (!items.isEmpty()) {
            rows.add(new String[] {label, String.join(", ", items)});
        }
    }

    /** {@code every field (25)}, {@code every field but a, b}, or the fields' paths. */
    static String fieldsSearched(List<StateField> fields) {
        List<StateField> all = List.of(StateField.values());
        if (fields.size() == all.size()) {
            return "every field (" + all.size() + ")";
        }
        if (fields.size() * 2 > all.size()) {
            List<String> fixed = all.stream().filter(f -> !fields.contains(f)).map(StateField::path).toList();
            return "every field but " + String.join(", ", fixed) + " (" + fields.size() + " of " + all.size() + ")";
        }
        return String.join(", ", fields.stream().map(StateField::path).toList()) + " (" + fields.size() + " of "
                + all.size() + ")";
    }

    private static void wrap(StringBuilder out, String text, String indent) {
        Text.wrap(Arrays.asList(text.split(" ")), "", indent, WIDTH).forEach(line -> out.append(line).append('\n'));
    }

    private static String changes(int count) {
        return count + (count == 1 ? " change" : " changes");
    }

    private static String fieldCount(int count) {
        return count + (count == 1 ? " field" : " fields");
    }

    /**
     * The search as JSON: format, state, target, fields, maxChanges, budget, stop, conclusion, stoppedAt, sets (each
     * with its changes and what differs in the assessment), levels, refused, and the totals.
     *
     * @param state where the base state came from: {@code baseline-2017}, {@code <stdin>} or a file's path
     */
    public static String json(ReachResult result, String state) {
        ObjectNode root = Json.object();
        root.put("format", PolicyState.FORMAT);
        root.put("state", state);
        target(root.putObject("target"), result.target());
        ArrayNode fields = root.putArray("fields");
        result.fields().forEach(f -> fields.add(f.path()));
        root.put("maxChanges", result.maxChanges());
        root.put("budget", result.budget());
        root.put("stop", result.stop().name());
        root.put("conclusion", conclusion(result));
        root.put("stoppedAt", result.stoppedAt());
        ArrayNode sets = root.putArray("sets");
        for (ChangeSet set : result.sets()) {
            ObjectNode node = sets.addObject();
            ArrayNode changes = node.putArray("changes");
            for (Change change : set.changes()) {
                ObjectNode c = changes.addObject();
                c.put("path", change.field().path());
                DifferenceReport.put(c, "from", change.from());
                DifferenceReport.put(c, "to", change.to());
            }
            DifferenceReport.outcome(node, set.difference());
        }
        ArrayNode levels = root.putArray("levels");
        result.levels().forEach(level -> level(levels.addObject(), level));
        if (result.refused() == null) {
            root.putNull("refused");
        } else {
            ObjectNode refused = root.putObject("refused");
            refused.put("changes", result.refused().changes());
            refused.put("states", result.refused().states());
        }
        root.put("tried", result.tried());
        root.put("assessed", result.assessed());
        root.put("skipped", result.skipped());
        return Json.write(root);
    }

    private static void target(ObjectNode node, ReachTarget target) {
        if (target instanceof ReachTarget.Recommended r) {
            node.put("kind", "recommended");
            node.put("id", r.id());
        } else if (target instanceof ReachTarget.NoWarning w) {
            node.put("kind", "noWarning");
            node.put("id", w.id());
        } else if (target instanceof ReachTarget.NoConcern c) {
            node.put("kind", "noConcern");
            node.put("id", c.id());
        } else {
            node.put("kind", "phase");
            node.put("phase", ((ReachTarget.InPhase) target).phase().name());
        }
    }

    private static void level(ObjectNode node, Level level) {
        node.put("changes", level.changes());
        node.put("states", level.states());
        node.put("assessed", level.assessed());
        node.put("skipped", level.skipped());
    }
}
