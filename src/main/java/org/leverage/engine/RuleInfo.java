package org.leverage.engine;

import java.util.List;
import java.util.Map;
import org.leverage.api.Conclusion;

/**
 * What explanations need to know of one compiled rule.
 *
 * @param name            the rule's name, a sentence
 * @param file            the file it was written in, as the user knows it
 * @param sources         the {@code @source} paragraphs, as {@code ¶N}
 * @param fieldsByPattern for each fact type the rule matches, the fields its conditions read, in record order
 * @param concludes       what its consequence inserts, read from its text when the rules were compiled
 */
record RuleInfo(String name, String file, List<String> sources, Map<Class<?>, List<String>> fieldsByPattern,
                List<Conclusion> concludes) {
}
