package org.leverage.engine;

import java.util.Collection;
import java.util.Set;

/**
 * A recommendation whose action answers a concern, counted only while one of {@code whileRaised} is raised when
 * that set is not empty (Beijing's reluctance counts the written withdrawal only while U.S. bases or THAAD worry
 * it, DOMAIN §3).
 */
record AnsweredBy(String id, Set<String> whileRaised) implements java.io.Serializable {

    AnsweredBy {
        whileRaised = Set.copyOf(whileRaised);
    }

    boolean counts(Collection<String> raised) {
        if (whileRaised.isEmpty()) {
            return true;
        }
        for (String concern : raised) {
            if (whileRaised.contains(concern)) {
                return true;
            }
        }
        return false;
    }
}
