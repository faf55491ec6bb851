package org.leverage.rules;

/**
 * Washington has made the reasonable offer of ¶7–8: serious talks offered or under way, with all four of ¶7's
 * concessions. Only its refusal makes the call on Beijing credible (DOMAIN §4). Our reading: ¶7 lists the
 * concessions as examples, and ¶8 calls what Pyongyang spurns "such a reasonable offer".
 */
public record ReasonableOffer() {
    @Override
    public String toString() {
        return "the reasonable offer is made: talks and all four concessions";
    }
}
