package org.leverage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.Slow;
import org.leverage.TestPaths;

/**
 * {@code bin/ensure-chromium}, which the build runs before the tests so that the browser test has its browser, on a
 * machine made up for each case: a {@code PATH} of stand-ins for {@code id}, {@code sudo} and {@code apt-get} (which
 * write down how they were called; the stand-in apt-get "installs" by creating {@code chromium} on that PATH) and
 * the few real tools the script uses. So the cases without a browser run here, where one is installed, and nothing
 * is installed for real. (Debian's real apt-get, run the same way with the browser hidden, was a no-op here.)
 */
@Slow
class EnsureChromiumScriptTest {

    private static final Path SCRIPT = TestPaths.project().resolve("bin/ensure-chromium");
    private static final String INSTALL = "apt-get update && apt-get install -y chromium";

    @TempDir
    Path machine;
    private Path bin;
    private Path calls;

    /** What one run of the script did. */
    private record Run(int exitCode, String out, String err) {
    }

    @BeforeEach
    void makeTheMachine() throws IOException {
        bin = Files.createDirectories(machine.resolve("bin"));
        calls = machine.resolve("calls");
        Files.createFile(calls);
        // The real tools the script and the stand-ins use, each reached through a one-line script of its own.
        for (String tool : List.of("env", "flock", "mktemp", "tail", "rm", "sleep", "chmod")) {
            Path real = Path.of("/usr/bin", tool);
            fake(tool, "exec " + (Files.exists(real) ? real : Path.of("/bin", tool)) + " \"$@\"");
        }
    }

    @Test
    void aBrowserOnThePath_isUsed_andNothingIsInstalled() throws Exception {
        fake("chromium", "exit 0");
        fake("id", "echo 0");
        fake("apt-get", "echo \"apt-get $*\" >> " + calls);

        Run run = run(Map.of());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("chromium: " + bin.resolve("chromium") + "\n");
        assertThat(calls()).isEmpty();
    }

    @Test
    void asRoot_withoutABrowser_debiansPackageIsInstalled_waitingForAptsLock() throws Exception {
        fake("id", "echo 0");
        fake("apt-get", "echo \"apt-get $*\" >> " + calls + "\n"
                + "case \" $* \" in *' install '*) printf '#!/bin/sh\\n' > " + bin.resolve("chromium") + "; chmod +x "
                + bin.resolve("chromium") + ";; esac");

        Run run = run(Map.of());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("chromium: " + bin.resolve("chromium") + "\n");
        assertThat(run.err()).contains("installing Debian's chromium package");
        assertThat(calls()).containsExactly("apt-get -o DPkg::Lock::Timeout=600 update -qq",
                "apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium");
    }

    @Test
    void aUserWhoMaySudoWithoutAPassword_installsThroughSudo() throws Exception {
        fake("id", "echo 1000");
        fake("sudo", "echo \"sudo $*\" >> " + calls + "\n[ \"$1\" = -n ] && shift\n[ \"$1\" = true ] && exit 0\n"
                + "exec \"$@\"");
        fake("apt-get", "case \" $* \" in *' install '*) printf '#!/bin/sh\\n' > " + bin.resolve("chromium")
                + "; chmod +x " + bin.resolve("chromium") + ";; esac");

        Run run = run(Map.of());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(calls()).containsExactly("sudo -n true",
                "sudo -n apt-get -o DPkg::Lock::Timeout=600 update -qq",
                "sudo -n env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq"
                        + " chromium");
    }

    @Test
    void aUserWhoMayNotInstall_failsWithTheCommandToRun_andTriesNothing() throws Exception {
        fake("id", "echo 1000");
        fake("sudo", "echo \"sudo $*\" >> " + calls + "\necho 'sudo: a password is required' >&2\nexit 1");
        fake("apt-get", "echo \"apt-get $*\" >> " + calls);

        Run run = run(Map.of());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("needs Chromium, which is not installed, and this user cannot install")
                .contains("    sudo sh -c '" + INSTALL + "'").contains("LEVERAGE_CHROMIUM=/path/to/chromium");
        assertThat(calls()).containsExactly("sudo -n true");
    }

    @Test
    void withoutTheMirror_theInstallFails_showingWhatAptSaid_andTheCommandToRunLater() throws Exception {
        fake("id", "echo 0");
        fake("apt-get", "echo \"apt-get $*\" >> " + calls + "\n"
                + "echo \"E: Failed to fetch the package lists: Temporary failure resolving the mirror\"\n"
                + "exit 100");

        Run run = run(Map.of());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("installing chromium failed").contains("Temporary failure resolving")
                .contains("    sh -c '" + INSTALL + "'");
        assertThat(calls()).containsExactly("apt-get -o DPkg::Lock::Timeout=600 update -qq");
    }

    @Test
    void twoBuildsWithoutABrowser_installItOnce_theSecondWaitingForTheFirst() throws Exception {
        fake("id", "echo 0");
        // A slow install, so that the two runs overlap.
        fake("apt-get", "echo \"apt-get $*\" >> " + calls + "\n"
                + "case \" $* \" in *' install '*) sleep 1; printf '#!/bin/sh\\n' > " + bin.resolve("chromium")
                + "; chmod +x " + bin.resolve("chromium") + ";; esac");

        Process first = start(Map.of());
        Process second = start(Map.of());

        for (Process process : List.of(first, second)) {
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(new String(process.getErrorStream().readAllBytes(),
                    StandardCharsets.UTF_8)).isZero();
        }
        assertThat(calls()).as("apt-get calls").filteredOn(call -> call.contains(" install ")).hasSize(1);
    }

    @Test
    void aBrowserNamedByLeverageChromium_isUsedAsIs_andOneThatIsMissingIsAnError() throws Exception {
        Path own = fake("my-chromium", "exit 0");
        fake("id", "echo 0");
        fake("apt-get", "echo \"apt-get $*\" >> " + calls);

        Run named = run(Map.of(HeadlessChromium.BINARY_VARIABLE, own.toString()));
        Run missing = run(Map.of(HeadlessChromium.BINARY_VARIABLE, machine.resolve("nowhere").toString()));

        assertThat(named.exitCode()).as(named.err()).isZero();
        assertThat(named.out()).isEqualTo("chromium: " + own + " (LEVERAGE_CHROMIUM)\n");
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("LEVERAGE_CHROMIUM=" + machine.resolve("nowhere")
                + " is not an executable file");
        assertThat(calls()).as("nothing installed for a browser the user named").isEmpty();
    }

    // ------------------------------------------------------------------ the made-up machine

    private Path fake(String name, String body) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, "#!/bin/bash\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private List<String> calls() throws IOException {
        return Files.readAllLines(calls, StandardCharsets.UTF_8);
    }

    private Process start(Map<String, String> variables) throws IOException {
        ProcessBuilder builder = new ProcessBuilder("/bin/bash", SCRIPT.toString());
        builder.environment().clear();
        builder.environment().put("PATH", bin.toString());
        builder.environment().put("HOME", machine.toString());
        builder.environment().put("TMPDIR", machine.toString());
        builder.environment().putAll(variables);
        Process process = builder.start();
        process.getOutputStream().close();
        return process;
    }

    private Run run(Map<String, String> variables) throws Exception {
        Process process = start(variables);
        List<byte[]> streams = new ArrayList<>();
        Thread err = new Thread(() -> {
            try {
                streams.add(process.getErrorStream().readAllBytes());
            } catch (IOException e) {
                streams.add(("reading stderr failed: " + e).getBytes(StandardCharsets.UTF_8));
            }
        });
        err.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("bin/ensure-chromium finished").isTrue();
        err.join();
        return new Run(process.exitValue(), out, new String(streams.get(0), StandardCharsets.UTF_8));
    }
}
