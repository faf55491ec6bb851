package org.leverage.docs;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.EvaluationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.leverage.LeverageClasses;
import org.leverage.TestPaths;

/**
 * The README's "Architecture" table is the rule: every package of {@code src/main} has a row, a row marked
 * planned has no classes yet (and loses the mark when it gets some), and no package imports one of ours that its
 * row does not name. A class belongs to the row of the longest package name it lies in, so a new subpackage
 * falls under its parent's row until it is given its own.
 */
class ArchitectureDocTest {

    private static final String ROOT = "org.leverage";
    private static final JavaClasses LEVERAGE = LeverageClasses.MAIN;
    private static final List<Row> ROWS = readTable();

    /** One row of the table: the package, whether it is only planned, the packages it may import. */
    record Row(String pkg, boolean planned, Set<String> mayImport) {

        boolean holds(String packageName) {
            return packageName.equals(pkg) || packageName.startsWith(pkg + ".");
        }
    }

    private static List<Row> readTable() {
        String readme;
        try {
            readme = Files.readString(TestPaths.project().resolve("README.md"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        int start = readme.indexOf("\n## Architecture\n");
        assertThat(start).as("README has an Architecture section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        List<Row> rows = new ArrayList<>();
        Pattern code = Pattern.compile("`([a-z.]+)`");
        for (String line : readme.substring(start, end < 0 ? readme.length() : end).split("\n")) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            assertThat(cells).as("a row of package | what it holds | may import: %s", line).hasSize(4);
            String pkg = cells[1].strip().replace("`", "");
            Set<String> allowed = new TreeSet<>();
            Matcher m = code.matcher(cells[3]);
            while (m.find()) {
                allowed.add(ROOT + "." + m.group(1));
            }
            rows.add(new Row(ROOT + "." + pkg, cells[2].contains("*(planned)*"), allowed));
        }
        return rows;
    }

    private static Optional<Row> rowOf(String packageName) {
        return ROWS.stream().filter(r -> r.holds(packageName))
                .max(Comparator.comparingInt(r -> r.pkg().length()));
    }

    private static EvaluationResult importsOutside(Row row, Set<String> allowed) {
        DescribedPredicate<JavaClass> inRow = DescribedPredicate.describe("are in the row of " + row.pkg(),
                c -> rowOf(c.getPackageName()).filter(row::equals).isPresent());
        DescribedPredicate<JavaClass> notAllowed = DescribedPredicate.describe(
                "are of Leverage outside " + row.pkg() + " and " + allowed,
                c -> c.getPackageName().startsWith(ROOT + ".")
                        && rowOf(c.getPackageName()).filter(r -> !r.equals(row) && !allowed.contains(r.pkg()))
                        .isPresent());
        return noClasses().that(inRow).should().dependOnClassesThat(notAllowed)
                .because("README's Architecture table says so").allowEmptyShould(true).evaluate(LEVERAGE);
    }

    @Test
    void theTableNamesTheKnownPackages() {
        assertThat(ROWS).extracting(Row::pkg).contains("org.leverage.api", "org.leverage.api.spi",
                "org.leverage.engine", "org.leverage.cli").doesNotHaveDuplicates();
        assertThat(ROWS).allSatisfy(r -> assertThat(r.mayImport()).as(r.pkg())
                .allSatisfy(p -> assertThat(ROWS).extracting(Row::pkg).as("rows").contains(p)));
    }

    @Test
    void everyPackageHasARow() {
        Set<String> without = new TreeSet<>();
        LEVERAGE.forEach(c -> {
            if (rowOf(c.getPackageName()).isEmpty()) {
                without.add(c.getPackageName());
            }
        });
        assertThat(without).as("packages missing from README's Architecture table").isEmpty();
    }

    @Test
    void aRowIsMarkedPlannedExactlyWhileItsPackageHasNoClasses() {
        Set<String> used = new LinkedHashSet<>();
        LEVERAGE.forEach(c -> rowOf(c.getPackageName()).ifPresent(r -> used.add(r.pkg())));
        assertThat(ROWS).allSatisfy(r -> assertThat(r.planned())
                .as("%s is marked (planned) in README's table exactly while it has no classes", r.pkg())
                .isEqualTo(!used.contains(r.pkg())));
    }

    @Test
    void noPackageImportsOneItsRowDoesNotName() {
        List<String> failures = new ArrayList<>();
        for (Row row : ROWS) {
            EvaluationResult result = importsOutside(row, row.mayImport());
            if (result.hasViolation()) {
                failures.add(result.getFailureReport().toString());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void theCheckSeesARealImport() {
        // report uses whatif's results: without that row entry the check must fail, or it checks nothing.
        Row report = rowOf("org.leverage.report").orElseThrow();
        Set<String> less = new TreeSet<>(report.mayImport());
        less.remove("org.leverage.whatif");
        assertThat(importsOutside(report, less).hasViolation()).isTrue();
    }
}
