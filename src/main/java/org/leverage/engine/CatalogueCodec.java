package org.leverage.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leverage.api.Addressee;
import org.leverage.api.ConcernKind;
import org.leverage.api.Level;
import org.leverage.api.Modality;
import org.leverage.api.Phase;
import org.leverage.api.StateField;

/**
 * The framework's catalogue as the build stores it in the jar ({@link PrecompiledFramework}): the text it was read
 * from, then every entry in order, written field by field. Plain data rather than Java serialization, which read
 * the same entries four times slower in a JVM that has just started, and set up a deserialization filter to do it;
 * and the text itself rather than a digest of it, since comparing twelve kilobytes costs less than hashing them.
 * Only ever read back what {@link #write} wrote, by the same build of the code; anything else is an
 * {@link IOException} and the caller parses the YAML instead.
 */
final class CatalogueCodec {

    private static final String FORMAT = "leverage-framework-catalogue-2";
    /** Far above the framework's own (some 13 KB of text, a few hundred strings): a bound on a broken entry. */
    private static final int MAX_STRING_BYTES = 1 << 20;
    private static final int MAX_ITEMS = 10_000;

    private CatalogueCodec() {
    }

    static void write(DataOutputStream out, String text, Catalogue.Entries entries) throws IOException {
        string(out, FORMAT);
        string(out, text);
        out.writeInt(entries.recommendations().size());
        for (Catalogue.RecommendationEntry entry : entries.recommendations().values()) {
            string(out, entry.id());
            constant(out, entry.phase());
            constant(out, entry.addressee());
            constant(out, entry.modality());
            string(out, entry.summary());
            strings(out, entry.sources());
            variants(out, entry.variants());
        }
        out.writeInt(entries.concerns().size());
        for (Catalogue.ConcernEntry entry : entries.concerns().values()) {
            string(out, entry.id());
            constant(out, entry.kind());
            string(out, entry.summary());
            strings(out, entry.sources());
            out.writeInt(entry.answeredBy().size());
            for (AnsweredBy answer : entry.answeredBy()) {
                string(out, answer.id());
                strings(out, List.copyOf(answer.whileRaised()));
            }
            variants(out, entry.variants());
        }
        out.writeInt(entries.warnings().size());
        for (Catalogue.WarningEntry entry : entries.warnings().values()) {
            string(out, entry.id());
            string(out, entry.summary());
            strings(out, entry.sources());
            variants(out, entry.variants());
        }
        out.writeInt(entries.paragraphs().size());
        for (Map.Entry<String, String> paragraph : entries.paragraphs().entrySet()) {
            string(out, paragraph.getKey());
            string(out, paragraph.getValue());
        }
        out.flush();
    }

    /** Whether the entry was written for exactly this text, read from its head alone. */
    static boolean isFor(DataInputStream in, String text) throws IOException {
        if (!FORMAT.equals(string(in))) {
            throw new IOException("not a " + FORMAT + " entry");
        }
        return text.equals(string(in));
    }

    /** The entries that follow the head {@link #isFor} read. */
    static Catalogue.Entries entries(DataInputStream in) throws IOException {
        LinkedHashMap<String, Catalogue.RecommendationEntry> recommendations = new LinkedHashMap<>();
        for (int i = count(in); i > 0; i--) {
            String id = string(in);
            recommendations.put(id, new Catalogue.RecommendationEntry(id, constant(in, Phase.class),
                    constant(in, Addressee.class), constant(in, Modality.class), string(in), strings(in),
                    variants(in)));
        }
        LinkedHashMap<String, Catalogue.ConcernEntry> concerns = new LinkedHashMap<>();
        for (int i = count(in); i > 0; i--) {
            String id = string(in);
            ConcernKind kind = constant(in, ConcernKind.class);
            String summary = string(in);
            List<String> sources = strings(in);
            List<AnsweredBy> answeredBy = new ArrayList<>();
            for (int j = count(in); j > 0; j--) {
                answeredBy.add(new AnsweredBy(string(in), new LinkedHashSet<>(strings(in))));
            }
            concerns.put(id, new Catalogue.ConcernEntry(id, kind, summary, sources, answeredBy, variants(in)));
        }
        LinkedHashMap<String, Catalogue.WarningEntry> warnings = new LinkedHashMap<>();
        for (int i = count(in); i > 0; i--) {
            String id = string(in);
            warnings.put(id, new Catalogue.WarningEntry(id, string(in), strings(in), variants(in)));
        }
        LinkedHashMap<String, String> paragraphs = new LinkedHashMap<>();
        for (int i = count(in); i > 0; i--) {
            paragraphs.put(string(in), string(in));
        }
        if (in.read() != -1) {
            throw new IOException("the entry has bytes past its catalogue");
        }
        return new Catalogue.Entries(recommendations, concerns, warnings, paragraphs);
    }

    private static void variants(DataOutputStream out, List<Variant> variants) throws IOException {
        out.writeInt(variants.size());
        for (Variant variant : variants) {
            out.writeInt(variant.fields().size());
            for (Map.Entry<StateField, Set<String>> field : variant.fields().entrySet()) {
                constant(out, field.getKey());
                strings(out, List.copyOf(field.getValue()));
            }
            out.writeInt(variant.levels().size());
            for (Level level : variant.levels()) {
                constant(out, level);
            }
            string(out, variant.summary());
            strings(out, variant.sources());
        }
    }

    private static List<Variant> variants(DataInputStream in) throws IOException {
        List<Variant> variants = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            Map<StateField, Set<String>> fields = new LinkedHashMap<>();
            for (int j = count(in); j > 0; j--) {
                fields.put(constant(in, StateField.class), new LinkedHashSet<>(strings(in)));
            }
            Set<Level> levels = new LinkedHashSet<>();
            for (int j = count(in); j > 0; j--) {
                levels.add(constant(in, Level.class));
            }
            variants.add(new Variant(fields, levels, string(in), strings(in)));
        }
        return variants;
    }

    private static void strings(DataOutputStream out, List<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            string(out, string);
        }
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        List<String> strings = new ArrayList<>();
        for (int i = count(in); i > 0; i--) {
            strings.add(string(in));
        }
        return strings;
    }

    private static void constant(DataOutputStream out, Enum<?> constant) throws IOException {
        string(out, constant == null ? null : constant.name());
    }

    private static <E extends Enum<E>> E constant(DataInputStream in, Class<E> type) throws IOException {
        String name = string(in);
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IOException("no " + type.getSimpleName() + " " + name, e);
        }
    }

    /** A string as its UTF-8 length and bytes ({@code -1} for none): {@code writeUTF} stops at 64 KB. */
    private static void string(DataOutputStream out, String string) throws IOException {
        if (string == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = string.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private static String string(DataInputStream in) throws IOException {
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

    private static int count(DataInputStream in) throws IOException {
        int count = in.readInt();
        if (count < 0 || count > MAX_ITEMS) {
            throw new IOException("a count of " + count);
        }
        return count;
    }
}
