package org.leverage;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leverage.api.Fact;

/**
 * Facts for hand-made fixtures, written as the reports write them, and facts read back as text for assertions.
 * Only fixtures parse text: the engine hands facts over structured.
 */
public final class TestFacts {

    private static final Pattern INPUT = Pattern.compile("([a-z][\\w.]*)\\.(\\w+) = (.*)");
    private static final Pattern CONCERN = Pattern.compile("concern (\\w+) at \\w+");

    private TestFacts() {
    }

    /** {@code owner.field = value} as an input fact; {@code concern ID at LEVEL} as a concern; else a derived fact. */
    public static Fact fact(String text) {
        Matcher input = INPUT.matcher(text);
        if (input.matches()) {
            return Fact.input(input.group(1), input.group(2), input.group(3));
        }
        Matcher concern = CONCERN.matcher(text);
        if (concern.matches()) {
            return Fact.derived("Concern", concern.group(1), text);
        }
        return Fact.derived("Derived", null, text);
    }

    public static List<Fact> facts(String... texts) {
        return Arrays.stream(texts).map(TestFacts::fact).toList();
    }

    /** Each fact as the line the reports write. */
    public static List<String> texts(List<Fact> facts) {
        return facts.stream().map(Fact::text).toList();
    }
}
