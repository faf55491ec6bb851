package org.leverage.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.leverage.TestPaths;

/**
 * SECURITY.md names, for each promise, the test that holds it ({@code ClassTest} or {@code ClassTest.method});
 * a renamed or deleted test would leave a promise held by nothing while the page still cites it. So every name
 * the page gives must be a test class of this build, and every method it names a test of that class.
 */
class SecurityDocTest {

    /** {@code `ConcurrentAssessmentTest`} or {@code `CachePoisoningTest.aRenamedEntryIsCompiledAgainAndReplaced`}. */
    private static final Pattern TEST_NAME = Pattern.compile("`([A-Z]\\w*Test)(?:\\.(\\w+))?`");

    private static String security() throws IOException {
        return Files.readString(TestPaths.project().resolve("SECURITY.md"));
    }

    /** Every test class of the build by its simple name, found in the test sources. */
    private static Map<String, String> testClasses() throws IOException {
        Path sources = TestPaths.project().resolve("src/test/java");
        Map<String, String> byName = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(f -> f.getFileName().toString().endsWith("Test.java")).forEach(f -> {
                String relative = sources.relativize(f).toString();
                String className = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
                byName.merge(f.getFileName().toString().replace(".java", ""), className, (a, b) -> a + "," + b);
            });
        }
        return byName;
    }

    private static boolean isTest(Method method) {
        return Arrays.stream(method.getAnnotations()).anyMatch(a -> a.annotationType().getName().startsWith(
                "org.junit.jupiter.") && a.annotationType().getSimpleName().matches("Test|ParameterizedTest|"
                + "RepeatedTest|TestFactory|Property")) || Arrays.stream(method.getAnnotations())
                .anyMatch(a -> a.annotationType().getName().equals("net.jqwik.api.Property"));
    }

    @Test
    void everyTestThePageNamesExists() throws Exception {
        Map<String, String> classes = testClasses();
        List<String> missing = new ArrayList<>();
        Matcher name = TEST_NAME.matcher(security());
        int cited = 0;
        while (name.find()) {
            cited++;
            String className = classes.get(name.group(1));
            if (className == null || className.contains(",")) {
                missing.add(name.group() + (className == null ? ": no such test class" : ": ambiguous"));
                continue;
            }
            if (name.group(2) != null) {
                Class<?> type = Class.forName(className, false, SecurityDocTest.class.getClassLoader());
                boolean found = Arrays.stream(type.getDeclaredMethods())
                        .anyMatch(m -> m.getName().equals(name.group(2)) && isTest(m));
                if (!found) {
                    missing.add(name.group() + ": no such test in " + className);
                }
            }
        }
        assertThat(cited).as("tests the page cites").isGreaterThan(40);
        assertThat(missing).isEmpty();
    }

    @Test
    void theCheckNoticesAMisspeltTest() throws Exception {
        Map<String, String> classes = testClasses();
        assertThat(classes).containsKey("SecurityDocTest").doesNotContainKey("NoSuchTest");
        Class<?> self = Class.forName(classes.get("SecurityDocTest"));
        assertThat(Arrays.stream(self.getDeclaredMethods()).filter(SecurityDocTest::isTest).map(Method::getName))
                .contains("everyTestThePageNamesExists").doesNotContain("security", "testClasses");
    }
}
