package org.leverage.io;

import java.util.Locale;
import java.util.Objects;

import org.leverage.api.PolicyState;
import org.leverage.api.StateField;

/**
 * Writes a policy state as a full YAML or JSON document (contract §2): every field, in the documented order, enum
 * values in upper case, {@code asOf} as an ISO date or null. {@link StateReader} reads the result back to an
 * equal state. The output depends only on the state, and its lines end with {@code "\n"}.
 */
public final class StateWriter {

    private StateWriter() {
    }

    /** The state as a YAML document. */
    public static String toYaml(PolicyState state) {
        Objects.requireNonNull(state, "state must not be null");
        StringBuilder out = new StringBuilder();
        out.append("format: ").append(state.format()).append('\n');
        out.append("label: ").append(yamlString(state.label())).append('\n');
        out.append("asOf: ").append(state.asOf() == null ? "null" : state.asOf().toString()).append('\n');
        for (Schema.Section section : Schema.ROOT.sections().values()) {
            out.append(section.path()).append(":\n");
            yamlSection(out, section, state, "  ");
        }
        return out.toString();
    }

    private static void yamlSection(StringBuilder out, Schema.Section section, PolicyState state, String indent) {
        for (String key : section.keys()) {
            StateField field = section.leaves().get(key);
            out.append(indent).append(key).append(':');
            if (field != null) {
                out.append(' ').append(value(field, state)).append('\n');
            } else {
                out.append('\n');
                yamlSection(out, section.sections().get(key), state, indent + "  ");
            }
        }
    }

    /** The state as a JSON document. */
    public static String toJson(PolicyState state) {
        Objects.requireNonNull(state, "state must not be null");
        StringBuilder out = new StringBuilder();
        out.append("{\n");
        out.append("  \"format\": ").append(state.format()).append(",\n");
        out.append("  \"label\": ").append(jsonString(state.label())).append(",\n");
        out.append("  \"asOf\": ").append(state.asOf() == null ? "null" : "\"" + state.asOf() + "\"");
        for (Schema.Section section : Schema.ROOT.sections().values()) {
            out.append(",\n  \"").append(section.path()).append("\": ");
            jsonSection(out, section, state, "  ");
        }
        out.append("\n}\n");
        return out.toString();
    }

    private static void jsonSection(StringBuilder out, Schema.Section section, PolicyState state, String indent) {
        String inner = indent + "  ";
        out.append("{");
        String separator = "\n";
        for (String key : section.keys()) {
            out.append(separator).append(inner).append('"').append(key).append("\": ");
            StateField field = section.leaves().get(key);
            if (field != null) {
                String value = value(field, state);
                out.append(field.type() == Boolean.class ? value : "\"" + value + "\"");
            } else {
                jsonSection(out, section.sections().get(key), state, inner);
            }
            separator = ",\n";
        }
        out.append('\n').append(indent).append('}');
    }

    private static String value(StateField field, PolicyState state) {
        Object value = field.get(state);
        return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
    }

    /** A YAML double-quoted scalar; escapes what YAML does not allow raw or would fold. */
    private static String yamlString(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (!escapedAlike(cp, out)) {
                if (yamlPrintable(cp)) {
                    out.appendCodePoint(cp);
                } else if (cp <= 0xFFFF) {
                    out.append(String.format(Locale.ROOT, "\\u%04X", cp));
                } else {
                    out.append(String.format(Locale.ROOT, "\\U%08X", cp));
                }
            }
        });
        return out.append('"').toString();
    }

    /** YAML 1.2's printable set, less the line breaks it would fold inside a quoted scalar. */
    private static boolean yamlPrintable(int cp) {
        return (cp >= 0x20 && cp <= 0x7E)
                || (cp >= 0xA0 && cp <= 0xD7FF && cp != 0x2028 && cp != 0x2029)
                || (cp >= 0xE000 && cp <= 0xFFFD && cp != 0xFEFF)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }

    /** A JSON string; escapes quotes, backslashes and control characters. */
    private static String jsonString(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!escapedAlike(c, out)) {
                if (c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029) {
                    out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }

    /** The escapes YAML's double-quoted scalars and JSON's strings write alike; false for any other character. */
    private static boolean escapedAlike(int c, StringBuilder out) {
        String escape = switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\t' -> "\\t";
            case '\r' -> "\\r";
            default -> null;
        };
        if (escape != null) {
            out.append(escape);
        }
        return escape != null;
    }
}
