package org.leverage.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Standard output as the commands write to it: a {@link PrintWriter}, which swallows a failed write (it only sets
 * {@link #checkError()}), over a stream that remembers why the first write failed, so that the command line can
 * say so ({@code No space left on device}, {@code File too large}, {@code Bad file descriptor}) and exit non-zero
 * instead of losing the output without a word. See {@link LeverageCli#run}.
 */
final class CheckedOutput extends PrintWriter {

    private final Recording recording;

    private CheckedOutput(Recording recording) {
        super(new OutputStreamWriter(recording, StandardCharsets.UTF_8), true);
        this.recording = recording;
    }

    /** A UTF-8 writer over {@code stream} (not closed by the command line) that remembers its first failure. */
    static CheckedOutput over(OutputStream stream) {
        return new CheckedOutput(new Recording(stream));
    }

    /** Why the first write failed, as the system said it; empty while every write has succeeded. */
    Optional<String> failure() {
        IOException first = recording.first;
        return first == null ? Optional.empty()
                : Optional.of(first.getMessage() == null ? first.getClass().getSimpleName() : first.getMessage());
    }

    /** Passes every write and flush on whole, and keeps the first exception one throws. */
    private static final class Recording extends FilterOutputStream {
        private IOException first;

        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        private IOException remember(IOException e) {
            if (first == null) {
                first = e;
            }
            return e;
        }
    }
}
