package org.leverage.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The argument graph of an HTML report, parsed as XML: the inline {@code <svg>} must be well-formed on its own,
 * which also shows that all its text is escaped. Finds nodes and edges by their classes and data attributes.
 */
final class SvgDocument {

    private final Element svg;

    private SvgDocument(Element svg) {
        this.svg = svg;
    }

    /** The one {@code <svg>} element of an HTML page. */
    static SvgDocument of(String html) {
        int start = html.indexOf("<svg");
        int end = html.indexOf("</svg>");
        assertThat(start).as("an <svg> element").isNotNegative();
        assertThat(html.indexOf("<svg", start + 1)).as("only one <svg> element").isNegative();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder()
                    .parse(new InputSource(new StringReader(html.substring(start, end + "</svg>".length()))));
            return new SvgDocument(document.getDocumentElement());
        } catch (Exception e) {
            throw new AssertionError("the <svg> element is not well-formed XML: " + e.getMessage(), e);
        }
    }

    Element root() {
        return svg;
    }

    /** The {@code <g>} elements whose class list holds every one of these classes. */
    List<Element> groups(String... classes) {
        List<Element> found = new ArrayList<>();
        NodeList all = svg.getElementsByTagName("g");
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (classes(g).containsAll(Arrays.asList(classes))) {
                found.add(g);
            }
        }
        return found;
    }

    List<Element> nodes(String... classes) {
        String[] all = Arrays.copyOf(classes, classes.length + 1);
        all[classes.length] = "node";
        return groups(all);
    }

    List<Element> edges() {
        return groups("edge");
    }

    /** The node with this {@code data-key}. */
    Element node(String key) {
        return nodes().stream().filter(n -> n.getAttribute("data-key").equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + key));
    }

    static List<String> classes(Element element) {
        String value = element.getAttribute("class").strip();
        return value.isEmpty() ? List.of() : Arrays.asList(value.split("\\s+"));
    }

    static Element child(Element parent, String tag) {
        NodeList list = parent.getElementsByTagName(tag);
        assertThat(list.getLength()).as("a <%s> in %s", tag, parent.getAttribute("data-key")).isPositive();
        return (Element) list.item(0);
    }

    static List<String> texts(Element parent) {
        List<String> texts = new ArrayList<>();
        NodeList list = parent.getElementsByTagName("text");
        for (int i = 0; i < list.getLength(); i++) {
            texts.add(list.item(i).getTextContent());
        }
        return texts;
    }

    static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }
}
