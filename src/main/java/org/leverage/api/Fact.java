package org.leverage.api;

import java.util.Objects;

/**
 * A fact a rule matched, as an explanation shows it: either one field of the input state, or a fact the rules
 * derived. Structured, so that a report or a graph reads the path, the type or the id directly; {@link #text()}
 * is the one way it is written out.
 */
public sealed interface Fact permits Fact.Input, Fact.Derived {

    /**
     * The fact as one line, as the reports write it.
     *
     * @return {@code path = value} for an input field, e.g. {@code unitedStates.thaadDeployed = true}; the derived
     *         fact's own reading otherwise
     */
    String text();

    /**
     * A field of the input state the rule read.
     *
     * @param owner the record's place in the state, e.g. {@code unitedStates.offersToPyongyang}
     * @param field the field's name, e.g. {@code peaceTreaty}
     * @param value its value in the state assessed: an enum constant, a boolean or text
     * @return the input fact
     * @throws NullPointerException when any argument is null
     */
    static Input input(String owner, String field, Object value) {
        return new Input(owner, field, value);
    }

    /**
     * A derived fact, by its type, its identifying value and its own reading.
     *
     * @param type    the fact's type, e.g. {@code Concern} or {@code CurrentPhase}
     * @param id      its identifying value, e.g. {@code REGIME_COLLAPSE}; {@code null} when it has none
     * @param reading how the fact reads, e.g. {@code concern REGIME_COLLAPSE at HIGH}
     * @return the derived fact
     * @throws NullPointerException when {@code type} or {@code reading} is null
     */
    static Derived derived(String type, String id, String reading) {
        return new Derived(type, id, reading);
    }

    /**
     * One field of the input state.
     *
     * @param owner the record's place in the state, e.g. {@code unitedStates.offersToPyongyang}
     * @param field the field's name, e.g. {@code peaceTreaty}
     * @param value its value in the state assessed: an enum constant, a boolean or text
     */
    record Input(String owner, String field, Object value) implements Fact {
        /**
         * Checks that nothing is missing.
         *
         * @param owner the record's place in the state, e.g. {@code unitedStates.offersToPyongyang}
         * @param field the field's name, e.g. {@code peaceTreaty}
         * @param value its value in the state assessed: an enum constant, a boolean or text
         * @throws NullPointerException when any component is null
         */
        public Input {
            Objects.requireNonNull(owner, "owner must not be null");
            Objects.requireNonNull(field, "field must not be null");
            Objects.requireNonNull(value, "value must not be null");
        }

        /**
         * The field's dotted path in the state, as contract §2 and {@link StateField#path()} write it.
         *
         * @return {@code owner.field}, e.g. {@code unitedStates.offersToPyongyang.peaceTreaty}
         */
        public String path() {
            return owner + "." + field;
        }

        @Override
        public String text() {
            return path() + " = " + value;
        }
    }

    /**
     * A fact the rules concluded on the way, such as a raised concern or the current phase.
     *
     * @param type    the fact's type, e.g. {@code Concern} or {@code CurrentPhase}
     * @param id      its identifying value, e.g. {@code REGIME_COLLAPSE}, or {@code null} when it has none
     * @param reading how the fact reads, e.g. {@code concern REGIME_COLLAPSE at HIGH}
     */
    record Derived(String type, String id, String reading) implements Fact {
        /**
         * Checks the type and the reading; the id may be null.
         *
         * @param type    the fact's type, e.g. {@code Concern} or {@code CurrentPhase}
         * @param id      its identifying value, e.g. {@code REGIME_COLLAPSE}, or {@code null} when it has none
         * @param reading how the fact reads, e.g. {@code concern REGIME_COLLAPSE at HIGH}
         * @throws NullPointerException when {@code type} or {@code reading} is null
         */
        public Derived {
            Objects.requireNonNull(type, "type must not be null");
            Objects.requireNonNull(reading, "reading must not be null");
        }

        @Override
        public String text() {
            return reading;
        }
    }
}
