package org.leverage.api;

/** How Washington approaches Beijing: demands or incentives (¶7, ¶10). */
public enum Approach {
    DEMANDS, INCENTIVES
}
