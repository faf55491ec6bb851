package org.leverage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The jar's copy of the framework's catalogue: read back whole, or refused so that the YAML is parsed instead. */
class CatalogueCodecTest {

    private static final String TEXT = CatalogueFiles.packagedText();
    private static final Catalogue.Entries ENTRIES = CatalogueFiles.parsePackaged(TEXT).entries();

    @Test
    void readsBackEveryEntryInOrderForTheTextItWasWrittenFor() throws IOException {
        DataInputStream in = input(written());

        assertThat(CatalogueCodec.isFor(in, TEXT)).isTrue();
        Catalogue.Entries read = CatalogueCodec.entries(in);
        assertThat(read).isEqualTo(ENTRIES);
        assertThat(read.concerns().keySet()).containsExactlyElementsOf(ENTRIES.concerns().keySet());
        assertThat(CatalogueCodec.isFor(input(written()), TEXT.replace("¶", "P"))).isFalse();
    }

    @Test
    void aCutOrLengthenedEntryIsRefusedNotHalfRead() throws IOException {
        byte[] whole = written();
        DataInputStream cut = input(Arrays.copyOf(whole, whole.length - 7));
        DataInputStream longer = input(Arrays.copyOf(whole, whole.length + 1));

        assertThat(CatalogueCodec.isFor(cut, TEXT)).isTrue();
        assertThatThrownBy(() -> CatalogueCodec.entries(cut)).isInstanceOf(IOException.class);
        assertThat(CatalogueCodec.isFor(longer, TEXT)).isTrue();
        assertThatThrownBy(() -> CatalogueCodec.entries(longer)).isInstanceOf(IOException.class)
                .hasMessageContaining("past its catalogue");
        assertThatThrownBy(() -> CatalogueCodec.isFor(input(new byte[] {0, 0, 0, 3, 'a', 'b', 'c'}), TEXT))
                .isInstanceOf(IOException.class);
    }

    private static byte[] written() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CatalogueCodec.write(new DataOutputStream(bytes), TEXT, ENTRIES);
        return bytes.toByteArray();
    }

    private static DataInputStream input(byte[] bytes) {
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }
}
