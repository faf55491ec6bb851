package org.leverage.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.leverage.TestPaths;
import org.w3c.dom.Element;

/** The dependency block the README's embedding section shows names the artifact the pom builds. */
class ReadmeDependencyTest {

    @Test
    void theReadmesDependencyBlockHasThePomsCoordinates() throws Exception {
        Element pom = parse(Files.readString(TestPaths.project().resolve("pom.xml"), StandardCharsets.UTF_8));
        String readme = readme();
        int section = readme.indexOf("\n## Embedding\n");
        assertThat(section).as("README's section \"Embedding\"").isNotNegative();
        int start = readme.indexOf("```xml\n", section) + "```xml\n".length();
        Element dependency = parse(readme.substring(start, readme.indexOf("```", start)));

        assertThat(dependency.getTagName()).isEqualTo("dependency");
        for (String coordinate : new String[] {"groupId", "artifactId", "version"}) {
            assertThat(child(dependency, coordinate)).as(coordinate).isEqualTo(child(pom, coordinate)).isNotBlank();
        }
    }

    private static String readme() throws IOException {
        return Files.readString(TestPaths.project().resolve("README.md"), StandardCharsets.UTF_8);
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    /** The text of the element's own child of that name (not a nested one's, such as a parent's version). */
    private static String child(Element element, String name) {
        for (var node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child && child.getTagName().equals(name)) {
                return child.getTextContent().strip();
            }
        }
        return null;
    }
}
