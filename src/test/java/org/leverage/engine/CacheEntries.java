package org.leverage.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What an attacker or an accident does to compiled-rules cache entries, for the tests of the cache and of the
 * command line: entries read and rewritten with a valid header (as someone who knows the format would), and
 * crafted payloads that break a deserializer without a filter.
 */
public final class CacheEntries {

    private CacheEntries() {
    }

    /** The entry files in a cache folder. */
    public static List<Path> in(Path cache) throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".kpkgs")).sorted().toList();
        }
    }

    /** The key an entry's header names. */
    public static String keyOf(Path entry) throws IOException {
        try (DataInputStream data = new DataInputStream(Files.newInputStream(entry))) {
            data.readUTF();
            return data.readUTF();
        }
    }

    /** An entry's payload: the serialized packages after the header. */
    public static byte[] payloadOf(Path entry) throws IOException {
        byte[] bytes = Files.readAllBytes(entry);
        return java.util.Arrays.copyOfRange(bytes, CacheEntryFormat.payloadOffset(bytes, keyOf(entry)), bytes.length);
    }

    /** Writes a whole, valid entry: the header names {@code key} and the digest is the payload's. */
    public static void write(Path entry, String key, byte[] payload) throws IOException {
        try (OutputStream out = Files.newOutputStream(entry)) {
            CacheEntryFormat.write(out, key, payload);
        }
    }

    /** The entry's own key over a crafted payload, with a digest to match: everything but the payload checks out. */
    public static void replacePayload(Path entry, byte[] payload) throws IOException {
        write(entry, keyOf(entry), payload);
    }

    /** A serialization stream of {@code depth} arrays each holding the next: a reader without a filter overflows. */
    public static byte[] nestedArrays(int depth) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = stream(bytes);
        data.writeByte(0x75);                       // TC_ARRAY
        classDescriptor(data, Object[].class);      // handle 0x7e0000
        data.writeInt(1);
        for (int i = 1; i < depth; i++) {
            data.writeByte(0x75);                   // TC_ARRAY
            data.writeByte(0x71);                   // TC_REFERENCE to Object[]'s descriptor
            data.writeInt(0x7e0000);
            data.writeInt(1);
        }
        data.writeByte(0x70);                       // TC_NULL, the innermost element
        data.flush();
        return bytes.toByteArray();
    }

    /** A serialization stream of one {@code long[]} claiming two billion elements: a reader without a filter allocates 16 GB. */
    public static byte[] hugeArray() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = stream(bytes);
        data.writeByte(0x75);                       // TC_ARRAY
        classDescriptor(data, long[].class);
        data.writeInt(Integer.MAX_VALUE - 8);
        data.writeLong(42);
        data.flush();
        return bytes.toByteArray();
    }

    /** A payload with {@code SPURNED} changed to {@code PENDING} wherever it occurs: same length, still deserializes. */
    public static byte[] spurnedToPending(byte[] payload) {
        byte[] edited = payload.clone();
        byte[] from = "SPURNED".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] to = "PENDING".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        int replaced = 0;
        for (int i = 0; i + from.length <= edited.length; i++) {
            if (java.util.Arrays.equals(edited, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, edited, i, to.length);
                replaced++;
            }
        }
        if (replaced == 0) {
            throw new IllegalStateException("no SPURNED in the payload: the edit would test nothing");
        }
        return edited;
    }

    private static DataOutputStream stream(ByteArrayOutputStream bytes) throws IOException {
        DataOutputStream data = new DataOutputStream(bytes);
        data.writeShort(0xaced);                    // STREAM_MAGIC
        data.writeShort(5);                         // STREAM_VERSION
        return data;
    }

    private static void classDescriptor(DataOutputStream data, Class<?> arrayType) throws IOException {
        data.writeByte(0x72);                       // TC_CLASSDESC
        data.writeUTF(arrayType.getName());
        data.writeLong(ObjectStreamClass.lookup(arrayType).getSerialVersionUID());
        data.writeByte(0x02);                       // SC_SERIALIZABLE
        data.writeShort(0);                         // no fields
        data.writeByte(0x78);                       // TC_ENDBLOCKDATA
        data.writeByte(0x70);                       // TC_NULL: no superclass descriptor
    }

    /** A payload of any object, serialized as the cache writes its packages: for crafted entries of other classes. */
    static byte[] serialized(Object object) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (var out = DroolsInternals.packageWriter(bytes)) {
            out.writeObject(object);
        }
        return bytes.toByteArray();
    }

    /** Whether a payload reads as a whole under the cache's filter (for checks that a crafted one does not). */
    static Object readFiltered(byte[] payload) throws Exception {
        try (var in = DroolsInternals.packageReader(new ByteArrayInputStream(payload),
                CacheEntries.class.getClassLoader(), new CacheEntryFilter())) {
            return in.readObject();
        }
    }
}
