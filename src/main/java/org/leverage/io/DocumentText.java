package org.leverage.io;

import java.io.InputStream;
import java.nio.file.Path;

import org.leverage.api.InvalidStateException;

/**
 * One document's text, read once, whole, within the {@link Limits}, from a file or a stream, to be parsed from
 * memory as a state ({@link StateReader#read(DocumentText)}) or as a scenario
 * ({@code ScenarioReader.readGiven(DocumentText)}), or as one and then the other. A source that can be read only
 * once (a pipe, a FIFO, {@code /dev/stdin}, standard input) is then read once whatever it turns out to hold.
 *
 * <pre>{@code
 * DocumentText text = DocumentText.read(Path.of("today.yaml"), "state file");
 * PolicyState state = StateReader.read(text);
 * }</pre>
 */
public final class DocumentText {

    private final Document document;

    private DocumentText(Document document) {
        this.document = document;
    }

    /**
     * A file's text: {@code .yaml}/{@code .yml} is read as YAML, {@code .json} as JSON, any other name by its
     * content. A regular file over {@link Limits#MAX_DOCUMENT_BYTES} is refused by its size, unread; anything else
     * (a pipe, a device) is opened once and read to one byte past the limit at most.
     *
     * @param kind what the file is, for messages, e.g. {@code "state file"}
     * @throws InvalidStateException when the file is missing, unreadable, too large or not UTF-8 text
     */
    public static DocumentText read(Path file, String kind) {
        String text = BoundedText.ofFile(file, kind);
        return new DocumentText(new Document(file.toString(), text,
                StrictParser.syntaxOf(file).orElseGet(() -> StrictParser.sniff(text))));
    }

    /**
     * A stream's text, read to its end or to one byte past the limit (the stream is not closed); its syntax is
     * told by its content.
     *
     * @param name what errors call the stream, e.g. {@code <stdin>}
     * @param kind what the stream holds, for messages, e.g. {@code "state"}
     * @throws InvalidStateException when the stream cannot be read, is too large or is not UTF-8 text
     */
    public static DocumentText read(InputStream in, String name, String kind) {
        String text = BoundedText.ofStream(in, name, kind);
        return new DocumentText(new Document(name, text, StrictParser.sniff(text)));
    }

    /** The file or stream as the user named it. */
    public String source() {
        return document.source();
    }

    Document document() {
        return document;
    }
}
