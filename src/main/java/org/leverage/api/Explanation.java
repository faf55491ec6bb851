package org.leverage.api;

import java.util.List;
import java.util.Objects;

/**
 * Why one recommendation, concern or warning follows from a state, or why it does not: the tree of rules and
 * facts that concluded it, down to the input state; or, when nothing concluded it, each rule that could have,
 * with which of its conditions held and which failed.
 *
 * @param id        the id asked about
 * @param kind      what it is
 * @param concluded whether the state gives it
 * @param summary   the catalogue's one-line paraphrase of it
 * @param sources   the paragraphs it rests on
 * @param reasons   when concluded: the matches that support it, each with the reasons of the derived facts it
 *                  matched; empty otherwise
 * @param unmet     when not concluded: every rule that could conclude it, with its conditions; empty otherwise
 */
public record Explanation(String id, Kind kind, boolean concluded, String summary, List<String> sources,
                          List<Reason> reasons, List<RuleCheck> unmet) {

    /**
     * Checks the id and kind and copies the lists, so the explanation is immutable.
     *
     * @param id        the id asked about
     * @param kind      what it is
     * @param concluded whether the state gives it
     * @param summary   the catalogue's one-line paraphrase of it
     * @param sources   the paragraphs it rests on
     * @param reasons   when concluded: the matches that support it, each with the reasons of the derived facts it
     *                  matched; empty otherwise
     * @param unmet     when not concluded: every rule that could conclude it, with its conditions; empty otherwise
     * @throws NullPointerException when {@code id}, {@code kind} or a list, or an element of one, is null
     */
    public Explanation {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        sources = List.copyOf(sources);
        reasons = List.copyOf(reasons);
        unmet = List.copyOf(unmet);
    }

    /** What an explained id names. */
    public enum Kind {
        /** A recommended action (contract §4), built-in or an analyst's own. */
        RECOMMENDATION,
        /** One of Beijing's concerns, a premise or a residual risk (contract §3). */
        CONCERN,
        /** A warning against a counter-productive move (contract §5). */
        WARNING
    }

    /**
     * One rule's match in the tree: the rule, the paragraphs it rests on, the facts it matched, and below it
     * the reasons for each derived fact among those.
     *
     * @param rule    the rule's name, a sentence
     * @param file    the file the rule is written in
     * @param sources the rule's {@code @source} paragraphs
     * @param facts   the facts it matched: the fields of the input state it read, and the derived facts
     * @param because the reasons of the derived facts it matched
     */
    public record Reason(String rule, String file, List<String> sources, List<Fact> facts, List<Reason> because) {
        /**
         * Copies the lists, so the reason is immutable.
         *
         * @param rule    the rule's name, a sentence
         * @param file    the file the rule is written in
         * @param sources the rule's {@code @source} paragraphs
         * @param facts   the facts it matched: the fields of the input state it read, and the derived facts
         * @param because the reasons of the derived facts it matched
         * @throws NullPointerException when a list, or an element of one, is null
         */
        public Reason {
            sources = List.copyOf(sources);
            facts = List.copyOf(facts);
            because = List.copyOf(because);
        }
    }

    /**
     * A rule that could conclude the id but did not, with each of its conditions checked against the state.
     *
     * @param rule       the rule's name
     * @param file       the file it is written in
     * @param sources    its {@code @source} paragraphs
     * @param conditions its conditions, in the order written
     */
    public record RuleCheck(String rule, String file, List<String> sources, List<Condition> conditions) {
        /**
         * Copies the lists, so the check is immutable.
         *
         * @param rule       the rule's name
         * @param file       the file it is written in
         * @param sources    its {@code @source} paragraphs
         * @param conditions its conditions, in the order written
         * @throws NullPointerException when a list, or an element of one, is null
         */
        public RuleCheck {
            sources = List.copyOf(sources);
            conditions = List.copyOf(conditions);
        }
    }

    /**
     * One condition of a rule.
     *
     * @param text   the condition as the rule states it, e.g. {@code not InPlace( id == OPEN_BILATERAL_TALKS )}
     * @param met    whether the state meets it
     * @param detail what in the state decides it, e.g. the fact that is there or the one that is missing
     */
    public record Condition(String text, boolean met, String detail) {
    }
}
