package org.leverage.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Strings and counts in the plain data files the build puts in the jar ({@link CatalogueCodec},
 * {@link ExecutableFramework}): a string as its UTF-8 length and bytes, {@code -1} for none ({@code writeUTF} stops
 * at 64 KB and has no null), each read back within bounds so that a broken file fails as an {@link IOException}.
 */
final class DataStrings {

    /** Far above anything the build writes: a bound on a broken file. */
    private static final int MAX_STRING_BYTES = 1 << 20;
    private static final int MAX_COUNT = 100_000;

    private DataStrings() {
    }

    static void write(DataOutputStream out, String string) throws IOException {
        if (string == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String read(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > MAX_STRING_BYTES) {
            throw new IOException("a string of " + length + " bytes");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static void list(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            write(out, string);
        }
    }

    static List<String> list(DataInputStream in) throws IOException {
        List<String> strings = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            strings.add(read(in));
        }
        return strings;
    }

    /** A count of items that follow, written with {@link DataOutputStream#writeInt}. */
    static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_COUNT) {
            throw new IOException("a count of " + count);
        }
        return count;
    }
}
