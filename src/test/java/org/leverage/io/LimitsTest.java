package org.leverage.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leverage.api.InvalidStateException;
import org.leverage.api.PolicyState;
import org.leverage.api.SourceLocation;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.nodes.Tag;

/** The documented bounds of {@link Limits}: each refused quickly, with one located line, whatever the source. */
class LimitsTest {

    private static final int MAX = Limits.MAX_DOCUMENT_BYTES;

    // ------------------------------------------------------------------ document size

    @Test
    void aHundredMegabyteFile_isRefusedByItsSize_unread_inWellUnderASecond(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.yaml");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(100L * 1024 * 1024);
        }

        long start = System.nanoTime();
        InvalidStateException e = refused(() -> StateReader.read(file));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(Duration.ofMillis(500));
        assertThat(e.oneLine()).isEqualTo(file + ": cannot read state file: it is 104857600 bytes long, over the"
                + " limit of 1048576 bytes (1 MiB)");
        assertThat(e.location()).contains(new SourceLocation(file.toString(), 0, 0));
    }

    @Test
    void aFileOfExactlyTheLimit_isRead_andOneByteMore_isRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("state.yaml");
        Files.write(file, padded("unitedStates: {thaadDeployed: true}\n", MAX));

        assertThat(StateReader.read(file).unitedStates().thaadDeployed()).isTrue();

        Files.write(file, padded("unitedStates: {thaadDeployed: true}\n", MAX + 1));
        assertThat(refused(() -> StateReader.read(file)).getMessage())
                .isEqualTo("cannot read state file: it is 1048577 bytes long, over the limit of 1048576 bytes (1 MiB)");
    }

    /** A stream that never ends is read to exactly one byte past the limit, not a buffer further, then refused. */
    @Test
    void aStreamThatNeverEnds_isRefusedAfterOneBytePastTheLimit() {
        Endless endless = new Endless();

        InvalidStateException e = refused(() -> StateReader.read(endless, "<stdin>"));

        assertThat(e.oneLine()).isEqualTo("<stdin>: cannot read state: it is longer than the limit of 1048576 bytes"
                + " (1 MiB)");
        assertThat(endless.served.get()).as("bytes read from the stream").isEqualTo(MAX + 1L);
    }

    @Test
    void standardInput_isBoundedLikeAFile_throughThePublicApi() {
        byte[] big = padded("label: x\n", MAX + 1);

        assertThat(refused(() -> PolicyState.read(new ByteArrayInputStream(big), "<stdin>")).oneLine())
                .startsWith("<stdin>: cannot read state: it is longer than the limit of 1048576 bytes");
        assertThat(PolicyState.read(new ByteArrayInputStream(padded("label: x\n", MAX)), "<stdin>").label())
                .isEqualTo("x");
    }

    @Test
    void aReaderThatNeverEnds_andAStringOverTheLimit_areRefused() {
        Reader endless = new Reader() {
            @Override
            public int read(char[] buffer, int offset, int length) {
                java.util.Arrays.fill(buffer, offset, offset + length, '#');
                return length;
            }

            @Override
            public void close() {
            }
        };

        assertThat(refused(() -> PolicyState.read(endless, "<reader>")).oneLine())
                .isEqualTo("<reader>: cannot read document: it is longer than the limit of 1048576 characters (1 MiB)");
        assertThat(refused(() -> PolicyState.parse("#".repeat(MAX + 1), "<text>")).oneLine())
                .isEqualTo("<text>: cannot read document: it is longer than the limit of 1048576 characters (1 MiB)");
    }

    @Test
    void aDeviceThatNeverEnds_isRefusedWithoutHanging() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "a Unix /dev/zero");

        long start = System.nanoTime();
        InvalidStateException e = refused(() -> StateReader.read(zero));

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(e.getMessage()).isEqualTo("cannot read state file: it is longer than the limit of 1048576 bytes"
                + " (1 MiB)");
    }

    // ------------------------------------------------------------------ nesting

    @Test
    void nestingPastTheLimit_isAnErrorAtTheTokenThatGoesTooDeep() {
        for (String open : new String[] {"[", "{\"a\": "}) {
            try (StrictParser parser = StrictParser.open(open.repeat(Limits.MAX_NESTING + 1), "deep")) {
                InvalidStateException e = refused(() -> {
                    for (int i = 0; i < 1000; i++) {
                        parser.next();
                    }
                    return null;
                });
                assertThat(e.getMessage()).as(open).contains("nested more than 32 levels deep");
                assertThat(e.location()).isPresent();
            }
        }
    }

    /** Exactly 32 levels, the documented limit, are read, in YAML and JSON, lists and mappings, flow and block. */
    @Test
    void exactly32LevelsOfNesting_areRead_andOneMore_isRefused_inYamlAndJson() {
        for (int levels : new int[] {Limits.MAX_NESTING, Limits.MAX_NESTING + 1}) {
            String[] documents = {
                "[".repeat(levels) + "]".repeat(levels),
                "{\"a\": ".repeat(levels) + "1" + "}".repeat(levels),
                "{\"a\": " + "[".repeat(levels - 1) + "]".repeat(levels - 1) + "}",
                blockMappings(levels),
                "- ".repeat(levels) + "1\n"};
            for (String document : documents) {
                String as = levels + " levels, " + StrictParser.sniff(document) + ": " + document.replace("\n", "\\n");
                try (StrictParser parser = StrictParser.open(document, "deep")) {
                    Supplier<Integer> readToTheEnd = () -> {
                        int tokens = 0;
                        while (parser.next() != null) {
                            tokens++;
                        }
                        return tokens;
                    };
                    if (levels <= Limits.MAX_NESTING) {
                        assertThat(readToTheEnd.get()).as(as).isGreaterThanOrEqualTo(2 * levels);
                    } else {
                        assertThat(refused(readToTheEnd).getMessage()).as(as)
                                .contains("nested more than 32 levels deep");
                    }
                }
            }
        }
    }

    @Test
    void aHundredThousandLevelsOfNesting_areRefusedAtOnce_inYamlAndJson() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        for (String document : new String[] {
            "label: " + deep, "{\"label\": " + deep + "}",
            "zzz: " + deep + "\nformat: 2\n", "{\"zzz\": " + deep + ", \"format\": 2}",
            "unitedStates: {goal: " + deep + "}"}) {
            long start = System.nanoTime();
            InvalidStateException e = refused(() -> StateReader.read(document, "deep"));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
            assertThat(e.location()).isPresent();
            assertThat(e.getMessage()).doesNotContain("\n").hasSizeLessThan(400);
        }
    }

    // ------------------------------------------------------------------ the parsers' own bounds

    /** Jackson's and SnakeYAML's bounds sit one step past the Limits, so the reader's located check comes first. */
    @Test
    void theParsersOwnBounds_areOneStepLooserThanTheLimits_asASecondLine() throws IOException {
        for (JsonFactory factory : List.of(TokenStream.JSON_FACTORY, TokenStream.YAML_FACTORY)) {
            StreamReadConstraints bounds = factory.streamReadConstraints();
            String as = factory.getFormatName();
            assertThat(bounds.getMaxNestingDepth()).as(as).isEqualTo(Limits.MAX_NESTING + 1);
            assertThat(bounds.getMaxDocumentLength()).as(as).isEqualTo(Limits.MAX_DOCUMENT_BYTES + 1L);
            assertThat(bounds.getMaxStringLength()).as(as).isEqualTo(Limits.MAX_DOCUMENT_BYTES)
                    .isGreaterThan(Limits.MAX_SCALAR_CHARS);
            assertThat(bounds.getMaxNameLength()).as(as).isEqualTo(Limits.MAX_DOCUMENT_BYTES)
                    .isGreaterThan(Limits.MAX_SCALAR_CHARS);
            // Left at Jackson's default (1,000 digits), tighter than MAX_SCALAR_CHARS: see aHugeFormatNumber_...
            assertThat(bounds.getMaxNumberLength()).as(as).isEqualTo(StreamReadConstraints.DEFAULT_MAX_NUM_LEN);

            // and the second line holds where it is set: 33 levels pass the parser itself, 34 do not
            int looser = Limits.MAX_NESTING + 1;
            try (JsonParser parser = factory.createParser("[".repeat(looser) + "]".repeat(looser))) {
                while (parser.nextToken() != null) {
                    // read to the end
                }
            }
            try (JsonParser parser = factory.createParser("[".repeat(looser + 1) + "]".repeat(looser + 1))) {
                assertThatThrownBy(() -> {
                    while (parser.nextToken() != null) {
                        // read to the end
                    }
                }).as(as).isInstanceOf(StreamConstraintsException.class).hasMessageContaining("nesting depth (34)");
            }
        }

        LoaderOptions yaml = new LoaderOptionsOf(TokenStream.YAML_FACTORY).options();
        assertThat(yaml.getCodePointLimit()).isEqualTo(Limits.MAX_DOCUMENT_BYTES + 1);
        assertThat(yaml.getNestingDepthLimit()).isEqualTo(Limits.MAX_NESTING + 1);
        assertThat(yaml.getMaxAliasesForCollections()).isZero();
        assertThat(yaml.getAllowRecursiveKeys()).isFalse();
        assertThat(yaml.getTagInspector().isGlobalTagAllowed(new Tag("tag:yaml.org,2002:java.net.URL"))).isFalse();
    }

    // ------------------------------------------------------------------ aliases, anchors, tags

    @Test
    void aYamlAliasBomb_isRefusedAtItsFirstAnchor_withoutExpandingAnything() {
        StringBuilder bomb = new StringBuilder("label: &a [" + "\"lol\",".repeat(7) + "\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append("x").append(c).append(": &").append(c).append(" [");
            String previous = String.valueOf((char) (c - 1));
            bomb.append(("*" + previous + ",").repeat(8), 0, 8 * 3 - 1).append("]\n");
        }

        InvalidStateException e = refused(() -> StateReader.read(bomb.toString(), "bomb.yaml"));

        assertThat(e.oneLine()).isEqualTo("bomb.yaml:1:8: label: a YAML anchor &a is not allowed: anchors and aliases"
                + " are not supported (write each value out)");
    }

    @Test
    void anchorsAliasesAndTags_areRefusedWhereverTheyAre() {
        assertThat(refused(() -> StateReader.read("&top\nlabel: x", "s.yaml")).getMessage())
                .contains("a YAML anchor &top is not allowed");
        assertThat(refused(() -> StateReader.read("--- !!map\nlabel: x", "s.yaml")).getMessage())
                .contains("a YAML tag !!map is not allowed");
        assertThat(refused(() -> StateReader.read("unitedStates: !Commitments {goal: FREEZE}", "s.yaml")).getMessage())
                .startsWith("unitedStates: a YAML tag !Commitments is not allowed");
        assertThat(refused(() -> StateReader.read("china: {aidShare: !!str SMALL}", "s.yaml")).getMessage())
                .startsWith("china.aidShare: a YAML tag !!str is not allowed");
        assertThat(refused(() -> StateReader.read("unitedStates: {&k goal: FREEZE}", "s.yaml")).getMessage())
                .startsWith("unitedStates.goal: a YAML anchor &k is not allowed");
        assertThat(refused(() -> StateReader.read("label: !!binary aGVsbG8=", "s.yaml")).getMessage())
                .startsWith("label: a YAML tag !!binary is not allowed");
        assertThat(StateReader.read("label: \"R&D, & more\"", "s.yaml").label()).isEqualTo("R&D, & more");
        assertThat(StateReader.read("label: \"\uD83D\uDE80 &x\"", "s.yaml").label()).isEqualTo("\uD83D\uDE80 &x");
    }

    // ------------------------------------------------------------------ keys and values

    @Test
    void aValueOfTheLimit_isRead_andOneCharacterMore_isRefused() {
        String label = "x".repeat(Limits.MAX_SCALAR_CHARS);

        assertThat(StateReader.read("label: " + label, "s.yaml").label()).isEqualTo(label);
        assertThat(refused(() -> StateReader.read("label: " + label + "x", "s.yaml")).oneLine())
                .isEqualTo("s.yaml:1:8: label: a value of 10001 characters, over the limit of 10000");
        assertThat(refused(() -> StateReader.read("{\"label\": \"" + label + "x\"}", "s.json")).oneLine())
                .isEqualTo("s.json:1:11: label: a value of 10001 characters, over the limit of 10000");
    }

    @Test
    void aLongKey_isRefused_andItsPathIsCutShortInTheMessage() {
        String key = "k".repeat(Limits.MAX_SCALAR_CHARS + 1);

        InvalidStateException e = refused(() -> StateReader.read("unitedStates: {" + key + ": 1}", "s.yaml"));

        assertThat(e.oneLine()).isEqualTo("s.yaml:1:16: unitedStates: a key of 10001 characters, over the limit of"
                + " 10000");
        InvalidStateException unknown = refused(() -> StateReader.read("unitedStates: {" + "k".repeat(5000) + ": 1}",
                "s.yaml"));
        assertThat(unknown.getMessage()).startsWith("unitedStates." + "k".repeat(60) + "…: unknown key")
                .hasSizeLessThan(400);
    }

    @Test
    void aHugeFormatNumber_isShownCutShort() {
        String digits = "9".repeat(5000);

        assertThat(refused(() -> StateReader.read("format: " + digits, "s.yaml")).getMessage())
                .startsWith("format: ").contains("9".repeat(60) + "…").hasSizeLessThan(200);
        assertThat(refused(() -> StateReader.read("format: " + "9".repeat(900), "s.yaml")).getMessage())
                .startsWith("format: format " + "9".repeat(60) + "… is newer than this Leverage understands")
                .hasSizeLessThan(200);
        assertThat(refused(() -> StateReader.read("{\"format\": " + digits + "}", "s.json")).getMessage())
                .startsWith("invalid JSON: Number value length").hasSizeLessThan(400);
    }

    // ------------------------------------------------------------------ helpers

    private static InvalidStateException refused(Supplier<?> read) {
        InvalidStateException e = catchThrowableOfType(InvalidStateException.class, read::get);
        assertThat(e).as("an InvalidStateException").isNotNull();
        assertThat(e.getMessage()).doesNotContain("\n", "\r");
        return e;
    }

    /** {@code levels} block mappings, one in another, {@code a:} on each line, indented two more each time. */
    private static String blockMappings(int levels) {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            yaml.append("  ".repeat(i)).append("a:\n");
        }
        return yaml.append("  ".repeat(levels)).append("1\n").toString();
    }

    /** {@code text} followed by comment lines to exactly {@code size} bytes. */
    private static byte[] padded(String text, int size) {
        byte[] bytes = new byte[size];
        byte[] head = text.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, bytes, 0, head.length);
        for (int i = head.length; i < size; i++) {
            bytes[i] = (byte) ((i - head.length) % 80 == 79 || i == size - 1 ? '\n' : (i - head.length) % 80 == 0
                    ? '#' : ' ');
        }
        return bytes;
    }

    /** A YAML factory's SnakeYAML options, which Jackson keeps protected, read through its copy constructor. */
    private static final class LoaderOptionsOf extends YAMLFactory {
        private static final long serialVersionUID = 1L;

        LoaderOptionsOf(YAMLFactory factory) {
            super(factory, null);
        }

        LoaderOptions options() {
            return _loaderOptions;
        }
    }

    /** A stream of comment bytes that never ends, counting what it served. */
    private static final class Endless extends InputStream {
        final AtomicLong served = new AtomicLong();

        @Override
        public int read() {
            served.incrementAndGet();
            return '#';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) '#');
            served.addAndGet(length);
            return length;
        }
    }
}
