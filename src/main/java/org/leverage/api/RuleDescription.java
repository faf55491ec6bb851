package org.leverage.api;

import java.util.List;

/**
 * One rule of an advisor's framework, as the catalogue of rules shows it.
 *
 * @param name      the rule's name, a sentence
 * @param file      the file it is written in
 * @param sources   its {@code @source} paragraphs or other sources; empty when it cites none
 * @param concludes what its consequence inserts: each a fact type and an id, with the modality a rule states
 *                  for a recommendation of its own
 */
public record RuleDescription(String name, String file, List<String> sources, List<Conclusion> concludes) {
    /**
     * Copies the lists, so the description is immutable.
     *
     * @param name      the rule's name, a sentence
     * @param file      the file it is written in
     * @param sources   its {@code @source} paragraphs or other sources; empty when it cites none
     * @param concludes what its consequence inserts: each a fact type and an id, with the modality a rule states
     *                  for a recommendation of its own
     * @throws NullPointerException when a list, or an element of one, is null
     */
    public RuleDescription {
        sources = List.copyOf(sources);
        concludes = List.copyOf(concludes);
    }
}
