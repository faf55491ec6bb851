package com.example.embedding;

import org.leverage.api.Advisor;
import org.leverage.api.PolicyState;

/**
 * A host at its simplest, run as a process of its own by {@code CacheFolderTest}: it builds the default advisor,
 * assesses the default state and prints how many recommendations it got.
 */
public final class AssessOnce {

    private AssessOnce() {
    }

    public static void main(String[] args) {
        try (Advisor advisor = Advisor.builder().build()) {
            System.out.println(advisor.assess(PolicyState.DEFAULTS).recommendations().size() + " recommendations");
        }
    }
}
