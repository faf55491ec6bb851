package org.leverage.io;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.leverage.spelling.AsciiCase;

/**
 * How a document names the constants of an enum, and the ids a catalogue declares like them: in any case, and
 * with {@code -} for {@code _}, so that {@code denuclearization}, {@code DENUCLEARIZATION} and
 * {@code peaceful-under-seoul} all read. The fold is of ASCII letters alone ({@link AsciiCase}): never the
 * machine's locale, so that on a Turkish machine {@code incentives} does not fold to {@code İNCENTİVES} and name
 * nothing; and never Unicode's wider folding, so that a look-alike such as {@code ſpurned} (long s) or
 * {@code ıncentıves} (dotless i) is refused with the valid values rather than read as {@code SPURNED} or
 * {@code INCENTIVES}. Messages list the constants as declared, for the reader to copy.
 */
final class EnumNames {

    private EnumNames() {
    }

    /** The constant of {@code type} that {@code written} names, if one does. */
    static Optional<Enum<?>> find(Class<?> type, String written) {
        String folded = fold(written);
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(folded)) {
                return Optional.of((Enum<?>) constant);
            }
        }
        return Optional.empty();
    }

    /**
     * The name among {@code names} that {@code written} names, folded the same way on both sides, so that the ids
     * a catalogue declares read like the constants of an enum ({@code refugee-flow} for {@code REFUGEE_FLOW}).
     */
    static Optional<String> find(List<String> names, String written) {
        String folded = fold(written);
        return names.stream().filter(name -> fold(name).equals(folded)).findFirst();
    }

    private static String fold(String written) {
        return AsciiCase.upper(written).replace('-', '_');
    }

    /** The names of {@code type}'s constants, in their declared order. */
    static List<String> of(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    }
}
