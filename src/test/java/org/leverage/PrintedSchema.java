package org.leverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.leverage.cli.LeverageCli;

/**
 * The JSON Schema that {@code leverage schema} prints, as a real draft 2020-12 validator (networknt) reads it, with
 * {@code format} asserted as a careful editor would. Instances are JSON text; YAML is converted by the caller.
 */
public final class PrintedSchema {

    private static final String TEXT = print();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                            .formatAssertionsEnabled(true).build()))
            .getSchema(TEXT, InputFormat.JSON);

    private PrintedSchema() {
    }

    /** What {@code leverage schema} writes to standard output. */
    public static String text() {
        return TEXT;
    }

    /** The validator's complaints about a JSON document: none when the schema accepts it. */
    public static List<String> errors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private static String print() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LeverageCli.run(new PrintWriter(out), new PrintWriter(err), "schema");
        assertThat(code).as("leverage schema exits 0; stderr: %s", err).isZero();
        assertThat(err.toString()).isEmpty();
        return out.toString();
    }
}
