package org.leverage.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.leverage.api.InvalidStateException;
import org.leverage.api.SourceLocation;

/**
 * The text of a document, read within {@link Limits#MAX_DOCUMENT_BYTES} before any of it is parsed: a file, a
 * stream or a string, decoded as strict UTF-8 and without a leading byte order mark. The limit is enforced on the
 * way in, not after the fact, so that a huge file or a stream that never ends costs no more than the limit: a
 * regular file is refused by its size, unread, and anything else is read to one byte past the limit at most.
 *
 * <p>Every problem is an {@link InvalidStateException}: a missing, unreadable or too large document at line 0
 * ({@code cannot read <kind>: …}), a byte that is not UTF-8 at the line and column of the text before it, because
 * a reader who opens the file in an editor finds it there.
 */
final class BoundedText {

    private BoundedText() {
    }

    /**
     * A file's text.
     *
     * @param kind what the file is, for messages, e.g. {@code "state file"}
     */
    static String ofFile(Path file, String kind) {
        String name = file.toString();
        return decode(readBytes(file, name, kind), name, kind);
    }

    /**
     * A stream's text, read to its end or to one byte past the limit; the stream is not closed.
     *
     * @param kind what the stream holds, for messages, e.g. {@code "state"}
     */
    static String ofStream(InputStream in, String name, String kind) {
        byte[] bytes;
        try {
            bytes = readBounded(in, name, kind);
        } catch (IOException e) {
            throw Messages.cannotRead(name, kind, Messages.reason(e), e);
        }
        return decode(bytes, name, kind);
    }

    /** A string's text, refused when it is longer than the limit in characters. */
    static String ofString(String content, String name) {
        if (content.length() > Limits.MAX_DOCUMENT_BYTES) {
            throw tooLarge(name, "document", -1, "characters");
        }
        return stripBom(content);
    }

    private static byte[] readBytes(Path file, String name, String kind) {
        if (Files.isDirectory(file)) {
            throw Messages.cannotRead(name, kind, "it is a folder, not a file", null);
        }
        try {
            if (Files.isRegularFile(file)) {
                long size = Files.size(file);
                if (size > Limits.MAX_DOCUMENT_BYTES) {
                    throw tooLarge(name, kind, size, "bytes");
                }
            }
            try (InputStream in = Files.newInputStream(file)) {
                return readBounded(in, name, kind);
            }
        } catch (NoSuchFileException e) {
            throw Messages.cannotRead(name, kind, "no such file", e);
        } catch (AccessDeniedException e) {
            throw Messages.cannotRead(name, kind, "permission denied", e);
        } catch (IOException e) {
            // A failure without a message is named by its class rather than shown as "null".
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw Messages.cannotRead(name, kind, Messages.cut(Messages.oneLine(reason)), e);
        }
    }

    /** At most {@link Limits#MAX_DOCUMENT_BYTES} bytes of a stream; past them, the document is refused. */
    private static byte[] readBounded(InputStream in, String name, String kind) throws IOException {
        byte[] bytes = in.readNBytes(Limits.MAX_DOCUMENT_BYTES + 1);
        if (bytes.length > Limits.MAX_DOCUMENT_BYTES) {
            throw tooLarge(name, kind, -1, "bytes");
        }
        return bytes;
    }

    /** The error for a document over {@link Limits#MAX_DOCUMENT_BYTES}; {@code size} -1 when unknown. */
    private static InvalidStateException tooLarge(String name, String kind, long size, String unit) {
        String actual = size < 0 ? "it is longer than" : "it is " + size + " " + unit + " long, over";
        return Messages.cannotRead(name, kind, actual + " the limit of " + Limits.MAX_DOCUMENT_BYTES + " " + unit
                + " (1 MiB)", null);
    }

    /** The bytes as UTF-8 text, without a leading byte order mark; a byte that is not UTF-8 is an error there. */
    private static String decode(byte[] bytes, String name, String kind) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            out.flip();
            String before = out.toString();
            int lineStart = before.lastIndexOf('\n') + 1;
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            int column = 1 + before.codePointCount(lineStart, before.length());
            String badByte = String.format(Locale.ROOT, "%02X", bytes[Math.min(offset, bytes.length - 1)] & 0xFF);
            throw Messages.cannotRead(new SourceLocation(name, line, column), kind,
                    "it is not UTF-8 text (byte 0x" + badByte + " at offset " + offset + ")", null);
        }
        out.flip();
        return stripBom(out.toString());
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
