package org.leverage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A process a test starts (a child JVM, bin/leverage, bash), run to its end with both its outputs read. */
public final class ChildProcess {

    private ChildProcess() {
    }

    /** How a process ended: its exit code, its standard output as bytes and its standard error as text. */
    public record Finished(int code, byte[] out, String err) {
        public String outText() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    /**
     * Starts {@code builder} and waits up to three minutes for it, reading both outputs meanwhile (so that a full
     * pipe never stalls it); its standard input is closed unless the builder redirects it. {@code what} names it
     * in the failure when it does not end.
     */
    public static Finished run(ProcessBuilder builder, String what) throws IOException, InterruptedException {
        Process process = builder.start();
        if (builder.redirectInput() == ProcessBuilder.Redirect.PIPE) {
            process.getOutputStream().close();
        }
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
        byte[] out = readAll(process.getInputStream());
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(what + " did not finish in 3 minutes");
        }
        return new Finished(process.exitValue(), out, new String(err.join(), StandardCharsets.UTF_8));
    }

    /** The test class path, for a child JVM: Surefire's own record of it, else this JVM's. */
    public static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
