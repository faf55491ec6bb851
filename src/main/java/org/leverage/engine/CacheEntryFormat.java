package org.leverage.engine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.kie.api.definition.KiePackage;

/**
 * The layout of a cache entry file: a header, then the payload (the serialized packages).
 * <pre>
 *   format tag   (modified UTF-8, as DataOutput.writeUTF)
 *   key          (the same: the full key the entry was stored under)
 *   length       (8 bytes, the payload's length)
 *   digest       (32 bytes, SHA-256 of the payload)
 *   payload
 * </pre>
 * Reading checks all four before the payload goes anywhere near a deserializer: an entry renamed or swapped to
 * another key, cut short, or with one byte changed is refused.
 */
final class CacheEntryFormat {

    static final String FORMAT = "leverage-compiled-rules-2";
    private static final int DIGEST_LENGTH = 32;

    private CacheEntryFormat() {
    }

    /** Writes a whole entry. */
    static void write(OutputStream out, String key, byte[] payload) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(FORMAT);
        data.writeUTF(key);
        data.writeLong(payload.length);
        data.write(sha256(payload, 0, payload.length));
        data.write(payload);
        data.flush();
    }

    /**
     * Where the payload starts in a whole entry file, when its header is this format's, names {@code key}, and
     * gives the length and the digest of what follows; otherwise why not, as an exception.
     */
    static int payloadOffset(byte[] entry, String key) throws IOException {
        int offset = packagedPayloadOffset(entry, key);
        // The header's digest of the payload ends where the payload begins.
        byte[] recorded = Arrays.copyOfRange(entry, offset - DIGEST_LENGTH, offset);
        if (!MessageDigest.isEqual(recorded, sha256(entry, offset, entry.length - offset))) {
            throw new IOException("the payload's digest does not match: the entry was changed");
        }
        return offset;
    }

    /**
     * Where the payload of an entry packaged in the jar begins, after the same checks of its header as
     * {@link #payloadOffset} but without digesting the payload: an entry that travels inside the jar, beside the
     * classes that read it, is as trustworthy as they are, and hashing half a megabyte in a JVM that has not yet
     * compiled the digest's code was a fortieth of a short CLI run.
     */
    static int packagedPayloadOffset(byte[] entry, String key) throws IOException {
        DataInputStream data = new DataInputStream(new ByteArrayInputStream(entry));
        if (!FORMAT.equals(data.readUTF())) {
            throw new IOException("not a " + FORMAT + " entry");
        }
        if (!key.equals(data.readUTF())) {
            throw new IOException("the entry was stored under another key");
        }
        long length = data.readLong();
        byte[] digest = data.readNBytes(DIGEST_LENGTH);   // checked by payloadOffset
        int offset = entry.length - data.available();
        if (digest.length != DIGEST_LENGTH || length != data.available()) {
            throw new IOException("the entry is cut short or has bytes past its payload");
        }
        return offset;
    }

    /** The payload of an entry: compiled packages in Drools' own serialized form. */
    static byte[] payloadOf(Collection<KiePackage> packages) throws IOException {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        try (ObjectOutputStream objects = DroolsInternals.packageWriter(payload)) {
            objects.writeObject(new ArrayList<>(packages));
        }
        return payload.toByteArray();
    }

    /**
     * The packages of a checked entry's payload (see {@link #payloadOffset}), every object passed through
     * {@code filter} before it is built.
     */
    static Collection<KiePackage> packagesOf(byte[] entry, int offset, ObjectInputFilter filter)
            throws IOException, ClassNotFoundException {
        try (ObjectInputStream objects = DroolsInternals.packageReader(
                new ByteArrayInputStream(entry, offset, entry.length - offset),
                CacheEntryFormat.class.getClassLoader(), filter)) {
            Object read = objects.readObject();
            if (!(read instanceof List<?> list) || !list.stream().allMatch(KiePackage.class::isInstance)) {
                throw new IOException("the entry holds no list of packages");
            }
            List<KiePackage> packages = new ArrayList<>();
            list.forEach(p -> packages.add((KiePackage) p));
            return packages;
        }
    }

    /** The key an entry was stored under, read from its header alone; the payload is not checked. */
    static String keyOf(InputStream entry) throws IOException {
        DataInputStream data = new DataInputStream(entry);
        if (!FORMAT.equals(data.readUTF())) {
            throw new IOException("not a " + FORMAT + " entry");
        }
        return data.readUTF();
    }

    private static byte[] sha256(byte[] bytes, int offset, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes, offset, length);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
