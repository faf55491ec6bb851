package org.leverage.report;

/** Escaping for text and attribute values in HTML and SVG. */
final class Xml {

    private Xml() {
    }

    /**
     * {@code text} safe as element content and as a quoted attribute value in HTML and XML: {@code & < > " '}
     * become entities, and control characters other than tab and line feed, which neither allows, are dropped.
     * Null becomes "".
     */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 && c != 0x7F || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
