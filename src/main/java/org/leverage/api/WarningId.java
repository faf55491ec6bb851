package org.leverage.api;

/**
 * The ids of the warnings the built-in framework concludes (contract §5), for type-safe use in code. Each one's
 * wording and paragraphs live in the framework's {@code rules/catalogue.yaml}; an assessment carries them.
 */
public enum WarningId {
    DEMANDS_WITHOUT_INCENTIVES,
    HAWKISH_POSTURING,
    LEVERAGE_OVERESTIMATED,
    PREMATURE_CALL_ON_BEIJING,
    OFFER_INCOMPLETE,
    VERBAL_ASSURANCE_INSUFFICIENT,
    THAAD_LEFT_OUT,
    LEVERAGE_PREMISE_WEAKENED
}
