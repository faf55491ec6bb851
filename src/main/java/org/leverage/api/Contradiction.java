package org.leverage.api;

/**
 * One way a policy state contradicts itself (contract §2).
 *
 * @param field       the path of the field the contradiction is reported at, e.g. {@code northKorea.responseToOffer}
 * @param conflicting the path of the field it contradicts
 * @param problem     what is wrong and how to mend it, written to follow the field's path
 */
public record Contradiction(String field, String conflicting, String problem) {
}
