package org.leverage.api;

/**
 * The ids of Beijing's concerns the built-in framework concludes (contract §3), for type-safe use in code. Each
 * one's kind, wording, paragraphs and what answers it live in the framework's {@code rules/catalogue.yaml}; an
 * assessment carries them.
 */
public enum ConcernId {
    DECISIVE_PRESSURE_NEEDED,
    REGIME_COLLAPSE,
    REFUGEE_FLOW,
    MILITARY_LASHOUT,
    LOOSE_NUCLEAR_ASSETS,
    US_BASES_IN_UNIFIED_KOREA,
    THAAD_RADAR,
    CHINA_RELUCTANT
}
