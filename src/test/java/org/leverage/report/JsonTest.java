package org.leverage.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The one JSON writer, in its two layouts. */
class JsonTest {

    private static ObjectNode sample() {
        ObjectNode root = Json.object();
        root.put("id", "THAAD_RADAR");
        root.put("concluded", true);
        root.putNull("level");
        root.putArray("sources").add("¶8").add("¶9");
        root.putArray("empty");
        root.putObject("nothing");
        root.putArray("reasons").addObject().put("rule", "a → b").putArray("because");
        return root;
    }

    @Test
    void oneValuePerLineIsTheLayoutOfDomainSeven() {
        assertThat(Json.write(sample())).isEqualTo("""
                {
                  "id": "THAAD_RADAR",
                  "concluded": true,
                  "level": null,
                  "sources": [
                    "¶8",
                    "¶9"
                  ],
                  "empty": [],
                  "nothing": {},
                  "reasons": [
                    {
                      "rule": "a → b",
                      "because": []
                    }
                  ]
                }
                """);
    }

    @Test
    void spacedIsJacksonsDefaultPrettyPrinterWithNewlinesOnEveryPlatform() throws Exception {
        String jackson = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(sample())
                .replace("\r\n", "\n") + "\n";
        assertThat(Json.write(sample(), Json.Layout.SPACED)).isEqualTo(jackson).startsWith("""
                {
                  "id" : "THAAD_RADAR",
                  "concluded" : true,
                  "level" : null,
                  "sources" : [ "¶8", "¶9" ],
                  "empty" : [ ],
                  "nothing" : { },
                """);
    }

    @Test
    void theArrayOfATopLevelListIsWrittenToo() {
        assertThat(Json.write(Json.array().add("a"), Json.Layout.SPACED)).isEqualTo("[ \"a\" ]\n");
    }
}
