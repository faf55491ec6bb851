package org.leverage.api;

/** China's share of North Korea's food and energy supplies (¶3). */
public enum AidShare {
    SMALL, MODERATE, LARGE
}
