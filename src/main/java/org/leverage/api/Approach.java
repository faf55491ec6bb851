package org.leverage.api;

/** How Washington approaches Beijing: demands or incentives (¶7, ¶10). */
public enum Approach {
    /**
     * Washington demands that Beijing act, which the essay says gets nowhere (¶10); with nothing meaningful
     * offered it draws DEMANDS_WITHOUT_INCENTIVES. The default.
     */
    DEMANDS,
    /** Washington offers Beijing something worth having in return for acting (¶7, ¶10). */
    INCENTIVES
}
