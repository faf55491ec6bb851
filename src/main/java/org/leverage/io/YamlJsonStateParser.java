package org.leverage.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import org.leverage.api.PolicyState;
import org.leverage.api.spi.StateParser;

/**
 * The {@link StateParser} behind {@link PolicyState#read(Path)}: {@link StateReader}, within the {@link Limits}
 * whatever the source.
 */
public final class YamlJsonStateParser implements StateParser {

    @Override
    public PolicyState read(Path file) {
        return StateReader.read(file);
    }

    @Override
    public PolicyState read(InputStream in, String sourceName) {
        return StateReader.read(in, sourceName);
    }

    @Override
    public PolicyState read(Reader reader, String sourceName) {
        StringBuilder document = new StringBuilder();
        char[] buffer = new char[8192];
        try {
            // One character past the limit is enough to refuse the document: a reader that never ends is no hang.
            for (int n = reader.read(buffer); n >= 0 && document.length() <= Limits.MAX_DOCUMENT_BYTES;
                 n = reader.read(buffer)) {
                document.append(buffer, 0, Math.min(n, Limits.MAX_DOCUMENT_BYTES + 1 - document.length()));
            }
        } catch (IOException e) {
            throw Messages.cannotRead(sourceName, "state", Messages.oneLine(String.valueOf(e.getMessage())), e);
        }
        return StateReader.read(document.toString(), sourceName);
    }

    @Override
    public PolicyState parse(String document, String sourceName) {
        return StateReader.read(document, sourceName);
    }

    @Override
    public org.leverage.api.UncertainState readUncertain(Path file) {
        return StateReader.readUncertain(file);
    }

    @Override
    public org.leverage.api.UncertainState readUncertain(InputStream in, String sourceName) {
        return StateReader.readUncertain(in, sourceName);
    }

    @Override
    public org.leverage.api.UncertainState parseUncertain(String document, String sourceName) {
        return StateReader.readUncertain(document, sourceName);
    }
}
