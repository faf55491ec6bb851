package org.leverage.io;

/**
 * The bounds every state and scenario document is read within, whatever it comes from (a file, standard input,
 * a stream, a reader or a string). A document past one of them is refused with an
 * {@link org.leverage.api.InvalidStateException} that names where, before it can cost much time or memory: a
 * file's size is checked before a byte of it is read, and a stream is read to one byte past the limit, never to
 * its end. The bounds are far above what a real state needs (a state file is a few KB, nests three levels deep,
 * and holds no text longer than its label).
 *
 * <p>Jackson's {@code StreamReadConstraints} and SnakeYAML's {@code LoaderOptions} are set to match, as a second
 * line of defence; the reader's own checks come first and give the located message.
 */
public final class Limits {

    /** The most bytes a document may hold (1 MiB); a text given as a string or reader, as many characters. */
    public static final int MAX_DOCUMENT_BYTES = 1024 * 1024;

    /**
     * How deeply mappings and lists may nest: 32 levels. A state needs 3 ({@code unitedStates.offersToPyongyang}
     * and its fields), a scenario 4.
     */
    public static final int MAX_NESTING = 32;

    /** The most characters one key or one value may hold: 10,000, far above any label a person writes. */
    public static final int MAX_SCALAR_CHARS = 10_000;

    private Limits() {
    }
}
