package org.leverage.whatif;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.leverage.api.Explanation.Kind;
import org.leverage.api.PolicyState;
import org.leverage.api.StateField;

/**
 * What a {@link Sweep} found: for each field, the outputs it can flip (with a pair of combinations that shows
 * it), the number of distinct outcomes, the counts, and the whole decision table, one row per combination.
 * Immutable and safe to share.
 */
public final class SweepResult {

    /**
     * Two combinations that differ only in one field and whose outcomes differ in an output.
     *
     * @param a the lower combination number
     * @param b the higher one
     */
    public record Witness(long a, long b) {
    }

    private final Odometer odometer;
    private final PolicyState base;
    private final int[] outcomeOf;
    private final List<Outcome> outcomes;
    private final long skipped;
    private final Map<StateField, Map<Output, Witness>> flips;
    private final Duration elapsed;
    private final int threads;
    private final List<String> recommendationColumns;
    private final List<String> warningColumns;
    private final List<String> concernColumns;

    SweepResult(Odometer odometer, PolicyState base, int[] outcomeOf, List<Outcome> outcomes, long skipped,
                Map<StateField, Map<Output, Witness>> flips, Duration elapsed, int threads, Ids ids) {
        this.odometer = odometer;
        this.base = base;
        this.outcomeOf = outcomeOf;
        this.outcomes = List.copyOf(outcomes);
        this.skipped = skipped;
        Map<StateField, Map<Output, Witness>> copy = new LinkedHashMap<>();
        flips.forEach((field, found) -> copy.put(field, Collections.unmodifiableMap(found)));
        this.flips = Collections.unmodifiableMap(copy);
        this.elapsed = elapsed;
        this.threads = threads;
        // A column for every id the catalogues declare, whether or not the sweep meets it, and for any other an
        // outcome has, so that the table's columns do not depend on which combinations were swept.
        TreeSet<String> recommendations = new TreeSet<>(ids.order(Kind.RECOMMENDATION));
        TreeSet<String> warnings = new TreeSet<>(ids.order(Kind.WARNING));
        TreeSet<String> concerns = new TreeSet<>(ids.order(Kind.CONCERN));
        recommendations.addAll(ids.declared(Kind.RECOMMENDATION));
        warnings.addAll(ids.declared(Kind.WARNING));
        concerns.addAll(ids.declared(Kind.CONCERN));
        for (Outcome outcome : this.outcomes) {
            recommendations.addAll(outcome.recommendations());
            warnings.addAll(outcome.warnings());
            concerns.addAll(outcome.concerns().keySet());
        }
        this.recommendationColumns = List.copyOf(recommendations);
        this.warningColumns = List.copyOf(warnings);
        this.concernColumns = List.copyOf(concerns);
    }

    /** The fields varied, in the sweep's order (the last changed fastest). */
    public List<StateField> fields() {
        return odometer.fields;
    }

    /** The state the other fields came from. */
    public PolicyState base() {
        return base;
    }

    /** Every combination, skipped or assessed. */
    public long combinations() {
        return outcomeOf.length;
    }

    /** The combinations that contradict themselves and were not assessed. */
    public long skipped() {
        return skipped;
    }

    /** The combinations assessed. */
    public long assessed() {
        return outcomeOf.length - skipped;
    }

    /** How many different outcomes the assessed combinations have. */
    public int distinctOutcomes() {
        return outcomes.size();
    }

    /** The different outcomes, in the order the combinations first show them. */
    public List<Outcome> outcomes() {
        return outcomes;
    }

    /** How long the run took, the comparison of outcomes included. */
    public Duration elapsed() {
        return elapsed;
    }

    /** How many threads assessed. */
    public int threads() {
        return threads;
    }

    /** Assessments per second of {@link #elapsed()}. */
    public double assessmentsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : assessed() / seconds;
    }

    /**
     * The outputs this field can flip: each differs between two assessed combinations that differ only in this
     * field. In a fixed order: phase, scope, recommendations, warnings, concerns.
     *
     * @throws IllegalArgumentException when the field was not varied
     */
    public List<Output> flips(StateField field) {
        return List.copyOf(flipsOf(field).keySet());
    }

    /** The first pair of combinations found that shows this field flipping this output, if it does. */
    public Optional<Witness> witness(StateField field, Output output) {
        return Optional.ofNullable(flipsOf(field).get(output));
    }

    private Map<Output, Witness> flipsOf(StateField field) {
        Map<Output, Witness> found = flips.get(field);
        if (found == null) {
            throw new IllegalArgumentException(field.path() + " was not varied");
        }
        return found;
    }

    /** The state of one combination. */
    public PolicyState combination(long index) {
        return odometer.state(base, check(index));
    }

    /** The varied fields' values in one combination, in the order of {@link #fields()}. */
    public List<Object> values(long index) {
        int[] digits = odometer.digits(check(index));
        List<Object> values = new ArrayList<>(digits.length);
        for (int i = 0; i < digits.length; i++) {
            values.add(odometer.value(i, digits[i]));
        }
        return values;
    }

    /** The outcome of one combination; empty when it contradicts itself and was skipped. */
    public Optional<Outcome> outcome(long index) {
        int number = outcomeOf[check(index)];
        return number == Sweep.SKIPPED ? Optional.empty() : Optional.of(outcomes.get(number));
    }

    private int check(long index) {
        if (index < 0 || index >= outcomeOf.length) {
            throw new IndexOutOfBoundsException("combination " + index + " of " + outcomeOf.length);
        }
        return (int) index;
    }

    /**
     * The decision table's header: each varied field's path; {@code skipped}; {@code phase}; {@code outOfScope};
     * {@code recommendation.ID} and {@code warning.ID} for every id the catalogues declare and any other an outcome
     * has, in the catalogue's order; and
     * {@code concern.ID.level} and {@code concern.ID.answered} likewise.
     */
    public List<String> columns() {
        List<String> columns = new ArrayList<>();
        odometer.fields.forEach(f -> columns.add(f.path()));
        columns.add("skipped");
        columns.add("phase");
        columns.add("outOfScope");
        recommendationColumns.forEach(id -> columns.add("recommendation." + id));
        warningColumns.forEach(id -> columns.add("warning." + id));
        for (String id : concernColumns) {
            columns.add("concern." + id + ".level");
            columns.add("concern." + id + ".answered");
        }
        return columns;
    }

    /**
     * One row of the decision table, cell by cell under {@link #columns()}: field values as a state file writes
     * them ({@code true}, {@code WRITTEN}); {@code skipped} 1 for a combination that contradicts itself (its
     * outputs then empty), else 0; the phase; {@code outOfScope}, recommendations and warnings as 1 or 0; a
     * concern's level (empty when not raised) and answered as 1 or 0 (empty when not raised).
     */
    public List<String> row(long index) {
        int at = check(index);
        List<String> row = new ArrayList<>(odometer.fields.size() + 3 + recommendationColumns.size()
                + warningColumns.size() + 2 * concernColumns.size());
        values(at).forEach(v -> row.add(String.valueOf(v)));
        int number = outcomeOf[at];
        if (number == Sweep.SKIPPED) {
            row.add("1");
            int outputs = 2 + recommendationColumns.size() + warningColumns.size() + 2 * concernColumns.size();
            for (int i = 0; i < outputs; i++) {
                row.add("");
            }
            return row;
        }
        Outcome outcome = outcomes.get(number);
        row.add("0");
        row.add(outcome.phase().name());
        row.add(bit(outcome.outOfScope()));
        recommendationColumns.forEach(id -> row.add(bit(outcome.recommendations().contains(id))));
        warningColumns.forEach(id -> row.add(bit(outcome.warnings().contains(id))));
        for (String id : concernColumns) {
            ConcernState concern = outcome.concerns().get(id);
            row.add(concern == null || concern.level() == null ? "" : concern.level().name());
            row.add(concern == null ? "" : bit(concern.answered()));
        }
        return row;
    }

    /** Every row of the decision table, in combination order, made as they are read. */
    public Stream<List<String>> rows() {
        return IntStream.range(0, outcomeOf.length).mapToObj(this::row);
    }

    /**
     * Writes the decision table as CSV (RFC 4180): the header, then one row per combination, skipped ones
     * included; cells quoted when they hold a comma, a quote or a line break; {@code "\n"} line endings.
     */
    public void writeCsv(Appendable out) throws IOException {
        line(out, columns());
        for (int index = 0; index < outcomeOf.length; index++) {
            line(out, row(index));
        }
    }

    private static void line(Appendable out, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(csv(cells.get(i)));
        }
        out.append('\n');
    }

    static String csv(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    private static String bit(boolean value) {
        return value ? "1" : "0";
    }
}
