package org.leverage.engine;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
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
    private CatalogueCodec() {
    }

    static void write(DataOutputStream out, String text, Catalogue.Entries entries) throws IOException {
        DataStrings.write(out, FORMAT);
        DataStrings.write(out, text);
        out.writeInt(entries.recommendations().size());
        for (Catalogue.RecommendationEntry entry : entries.recommendations().values()) {
            DataStrings.write(out, entry.id());
            constant(out, entry.phase());
            constant(out, entry.addressee());
            constant(out, entry.modality());
            DataStrings.write(out, entry.summary());
            DataStrings.list(out, entry.sources());
            variants(out, entry.variants());
        }
        out.writeInt(entries.concerns().size());
        for (Catalogue.ConcernEntry entry : entries.concerns().values()) {
            DataStrings.write(out, entry.id());
            constant(out, entry.kind());
            DataStrings.write(out, entry.summary());
            DataStrings.list(out, entry.sources());
            out.writeInt(entry.answeredBy().size());
            for (AnsweredBy answer : entry.answeredBy()) {
                DataStrings.write(out, answer.id());
                DataStrings.list(out, List.copyOf(answer.whileRaised()));
            }
            variants(out, entry.variants());
        }
        out.writeInt(entries.warnings().size());
        for (Catalogue.WarningEntry entry : entries.warnings().values()) {
            DataStrings.write(out, entry.id());
            DataStrings.write(out, entry.summary());
            DataStrings.list(out, entry.sources());
            variants(out, entry.variants());
        }
        out.writeInt(entries.paragraphs().size());
        for (Map.Entry<String, String> paragraph : entries.paragraphs().entrySet()) {
            DataStrings.write(out, paragraph.getKey());
            DataStrings.write(out, paragraph.getValue());
        }
        out.flush();
    }

    /** Whether the entry was written for exactly this text, read from its head alone. */
    static boolean isFor(DataInputStream in, String text) throws IOException {
        if (!FORMAT.equals(DataStrings.read(in))) {
            throw new IOException("not a " + FORMAT + " entry");
        }
        return text.equals(DataStrings.read(in));
    }

    /** The entries that follow the head {@link #isFor} read. */
    static Catalogue.Entries entries(DataInputStream in) throws IOException {
        LinkedHashMap<String, Catalogue.RecommendationEntry> recommendations = new LinkedHashMap<>();
        for (int i = DataStrings.count(in); i > 0; i--) {
            String id = DataStrings.read(in);
            recommendations.put(id, new Catalogue.RecommendationEntry(id, constant(in, Phase.class),
                    constant(in, Addressee.class), constant(in, Modality.class), DataStrings.read(in), DataStrings.list(in),
                    variants(in)));
        }
        LinkedHashMap<String, Catalogue.ConcernEntry> concerns = new LinkedHashMap<>();
        for (int i = DataStrings.count(in); i > 0; i--) {
            String id = DataStrings.read(in);
            ConcernKind kind = constant(in, ConcernKind.class);
            String summary = DataStrings.read(in);
            List<String> sources = DataStrings.list(in);
            List<AnsweredBy> answeredBy = new ArrayList<>();
            for (int j = DataStrings.count(in); j > 0; j--) {
                answeredBy.add(new AnsweredBy(DataStrings.read(in), new LinkedHashSet<>(DataStrings.list(in))));
            }
            concerns.put(id, new Catalogue.ConcernEntry(id, kind, summary, sources, answeredBy, variants(in)));
        }
        LinkedHashMap<String, Catalogue.WarningEntry> warnings = new LinkedHashMap<>();
        for (int i = DataStrings.count(in); i > 0; i--) {
            String id = DataStrings.read(in);
            warnings.put(id, new Catalogue.WarningEntry(id, DataStrings.read(in), DataStrings.list(in), variants(in)));
        }
        LinkedHashMap<String, String> paragraphs = new LinkedHashMap<>();
        for (int i = DataStrings.count(in); i > 0; i--) {
            paragraphs.put(DataStrings.read(in), DataStrings.read(in));
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
                DataStrings.list(out, List.copyOf(field.getValue()));
            }
            out.writeInt(variant.levels().size());
            for (Level level : variant.levels()) {
                constant(out, level);
            }
            DataStrings.write(out, variant.summary());
            DataStrings.list(out, variant.sources());
        }
    }

    private static List<Variant> variants(DataInputStream in) throws IOException {
        List<Variant> variants = new ArrayList<>();
        for (int i = DataStrings.count(in); i > 0; i--) {
            Map<StateField, Set<String>> fields = new LinkedHashMap<>();
            for (int j = DataStrings.count(in); j > 0; j--) {
                fields.put(constant(in, StateField.class), new LinkedHashSet<>(DataStrings.list(in)));
            }
            Set<Level> levels = new LinkedHashSet<>();
            for (int j = DataStrings.count(in); j > 0; j--) {
                levels.add(constant(in, Level.class));
            }
            variants.add(new Variant(fields, levels, DataStrings.read(in), DataStrings.list(in)));
        }
        return variants;
    }

    private static void constant(DataOutputStream out, Enum<?> constant) throws IOException {
        DataStrings.write(out, constant == null ? null : constant.name());
    }

    private static <E extends Enum<E>> E constant(DataInputStream in, Class<E> type) throws IOException {
        String name = DataStrings.read(in);
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IOException("no " + type.getSimpleName() + " " + name, e);
        }
    }
}
