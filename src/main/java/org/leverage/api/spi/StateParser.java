package org.leverage.api.spi;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import org.leverage.api.InvalidStateException;
import org.leverage.api.PolicyState;

/**
 * Reads policy states from YAML or JSON, found with {@link java.util.ServiceLoader} (registered in
 * {@code META-INF/services/org.leverage.api.spi.StateParser}) behind
 * {@link PolicyState#read(Path)} and its siblings. Callers use those; this interface exists so that the api
 * does not depend on the file-format adapter.
 */
public interface StateParser {

    /**
     * Reads a file; YAML or JSON by its extension, else by its content.
     *
     * @param file the state file
     * @return the state read, free of contradictions
     * @throws InvalidStateException as {@link PolicyState#read(Path)}
     */
    PolicyState read(Path file);

    /**
     * Reads UTF-8 bytes, e.g. standard input; YAML or JSON by content. {@code sourceName} names it in errors.
     *
     * @param in         the bytes; not closed
     * @param sourceName how errors name the document, e.g. {@code <stdin>}
     * @return the state read, free of contradictions
     * @throws InvalidStateException as {@link PolicyState#read(InputStream, String)}
     */
    PolicyState read(InputStream in, String sourceName);

    /**
     * Reads a document from a reader; YAML or JSON by its content. {@code sourceName} names it in errors.
     *
     * @param reader     the document's characters; not closed
     * @param sourceName how errors name the document, e.g. {@code <stdin>}
     * @return the state read, free of contradictions
     * @throws InvalidStateException as {@link PolicyState#read(Reader, String)}
     */
    PolicyState read(Reader reader, String sourceName);

    /**
     * Reads a document held in a string; YAML or JSON by its content.
     *
     * @param document   the whole document
     * @param sourceName how errors name the document
     * @return the state read, free of contradictions
     * @throws InvalidStateException as {@link PolicyState#parse(String, String)}
     */
    PolicyState parse(String document, String sourceName);

    /**
     * Reads an uncertain state from a file: a state in which a field may hold a distribution of chances.
     *
     * @param file the state file
     * @return the uncertain state
     * @throws InvalidStateException as {@link org.leverage.api.UncertainState#read(Path)}
     */
    org.leverage.api.UncertainState readUncertain(Path file);

    /**
     * Reads an uncertain state from UTF-8 bytes; YAML or JSON by content.
     *
     * @param in         the bytes; not closed
     * @param sourceName how errors name the document
     * @return the uncertain state
     * @throws InvalidStateException as {@link org.leverage.api.UncertainState#read(Path)}
     */
    org.leverage.api.UncertainState readUncertain(InputStream in, String sourceName);

    /**
     * Reads an uncertain state held in a string; YAML or JSON by content.
     *
     * @param document   the whole document
     * @param sourceName how errors name the document
     * @return the uncertain state
     * @throws InvalidStateException as {@link org.leverage.api.UncertainState#read(Path)}
     */
    org.leverage.api.UncertainState parseUncertain(String document, String sourceName);
}
