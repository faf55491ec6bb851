package org.leverage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.Slow;
import org.leverage.TestPaths;

/**
 * Apache POI is optional for a host: Leverage runs without it, reads .csv decision tables without it, and refuses
 * an .xlsx in one line that names what to add. Checked in a class loader that holds everything on the test class
 * path but POI, as a host's would.
 */
@Slow
class SpreadsheetsOptionalTest {

    @TempDir
    Path folder;

    @Test
    void withoutPoiACsvTableLoads_andAnExcelTableIsRefusedNamingWhatToAdd() throws Exception {
        try (URLClassLoader host = withoutPoi()) {
            assertThat(loadable(host, "org.apache.poi.ss.usermodel.WorkbookFactory")).isFalse();

            Object advisor = build(host, TestPaths.testResource("rule-folders/decision-table"));
            Class<?> api = Class.forName("org.leverage.api.Advisor", false, host);
            List<?> rules = (List<?>) api.getMethod("rules").invoke(advisor);
            api.getMethod("close").invoke(advisor);
            assertThat(rules).anySatisfy(rule -> assertThat(rule.toString()).contains("aid-pressure.csv"));

            Path excel = Files.createDirectories(folder.resolve("excel"));
            Path table = excel.resolve("table.xlsx");
            try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(table)) {
                workbook.createSheet("Tables").createRow(0).createCell(0).setCellValue("RuleSet");
                workbook.write(out);
            }
            Throwable refused = buildFailure(host, excel);
            assertThat(refused.getClass().getName()).isEqualTo("org.leverage.api.RuleException");
            assertThat(refused.getMessage()).isEqualTo("an Excel decision table needs Apache POI, which is not on"
                    + " the class path: add org.apache.poi:poi-ooxml (the version Leverage's pom names), or save the"
                    + " table as .csv, which needs nothing more");
            assertThat(refused.toString()).doesNotContain("NoClassDefFoundError");
        }
    }

    /** Everything on the test class path but POI's jars, over the platform loader (no parent to leak them). */
    private static URLClassLoader withoutPoi() throws IOException {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains(File.separator + "poi")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        assertThat(urls).hasSizeLessThan(System.getProperty("java.class.path").split(File.pathSeparator).length);
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static boolean loadable(ClassLoader loader, String name) {
        try {
            Class.forName(name, false, loader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Advisor.builder().addRules(folder).build(), in the host's loader, which is also the thread's, as KIE asks. */
    private static Object build(ClassLoader host, Path rules) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(host);
        try {
            Object builder = Class.forName("org.leverage.api.Advisor", true, host).getMethod("builder").invoke(null);
            builder.getClass().getMethod("addRules", Path.class).invoke(builder, rules);
            return builder.getClass().getMethod("build").invoke(builder);
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static Throwable buildFailure(ClassLoader host, Path rules) throws Exception {
        try {
            build(host, rules);
        } catch (InvocationTargetException e) {
            return e.getCause();
        }
        throw new AssertionError("an .xlsx table was loaded without POI");
    }
}
