package org.leverage.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leverage.TestPaths;

/**
 * CI runs the README's two commands as a newcomer would, and nothing that a newcomer would not: {@code .ci/run}
 * runs each of them unchanged, and installs nothing before them, so that a green CI on a fresh machine means the
 * README's commands pass there (the build installs the browser its test needs itself: {@code bin/ensure-chromium}).
 */
class ReadmeCommandsTest {

    @Test
    void ciRunsTheReadmesTwoCommands_unchanged_withNoInstallStepOfItsOwn() throws IOException {
        List<String> readme = readmeCommands();
        assertThat(readme).as("the commands of README's \"The two commands\"").hasSize(2);
        String run = readme.get(0);
        String test = readme.get(1);
        assertThat(run).startsWith("bin/leverage ");
        assertThat(test).startsWith("mvn ");

        List<String> ci = Files.readAllLines(TestPaths.project().resolve(".ci/run"), StandardCharsets.UTF_8)
                .stream().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertThat(ci).as(".ci/run runs the README's test command as it is written").contains(test);
        assertThat(ci).as(".ci/run runs the README's run command, its output aside")
                .anyMatch(line -> line.equals(run) || line.startsWith(run + " >"));
        int testAt = ci.indexOf(test);
        assertThat(ci.subList(0, testAt)).as(".ci/run before the README's test command")
                .noneMatch(line -> line.contains("apt-get") || line.contains("ensure-chromium")
                        || line.startsWith("mvn "));
    }

    /** The commands in the README's "The two commands" block, without their comments, in order. */
    private static List<String> readmeCommands() throws IOException {
        String readme = Files.readString(TestPaths.project().resolve("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf("\n## The two commands\n");
        assertThat(section).as("README's section \"The two commands\"").isNotNegative();
        int start = readme.indexOf("```sh\n", section) + "```sh\n".length();
        return readme.substring(start, readme.indexOf("```", start)).lines()
                .map(line -> line.replaceFirst("\\s+#.*$", "").strip()).filter(line -> !line.isEmpty()).toList();
    }
}
