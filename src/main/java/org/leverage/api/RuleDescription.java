package org.leverage.api;

import java.util.List;

/**
 * One rule of an advisor's framework, as the catalogue of rules shows it.
 *
 * @param name      the rule's name, a sentence
 * @param file      the file it is written in
 * @param sources   its {@code @source} paragraphs or other sources; empty when it cites none
 * @param concludes what its consequence inserts, each as {@code Type:ID} (with {@code @MODALITY} when a rule
 *                  states its own modality for a recommendation), e.g.
 *                  {@code Recommendation:OPEN_BILATERAL_TALKS} or {@code Concern:REFUGEE_FLOW}
 */
public record RuleDescription(String name, String file, List<String> sources, List<String> concludes) {
    public RuleDescription {
        sources = List.copyOf(sources);
        concludes = List.copyOf(concludes);
    }
}
