package org.leverage.api;

/** How stable the North Korean state is (¶4, ¶5). */
public enum Stability {
    STABLE, STRAINED, UNRAVELING, COLLAPSED, FRAGMENTED
}
