package org.leverage.api;

/** What Washington wants from Pyongyang (contract §2, ¶3). */
public enum Goal {
    /**
     * The North gives up its nuclear and missile programs; the default. Only a full cut-off of China's aid could
     * bring that about (¶3), so in scope, while a program is ACTIVE, the premise DECISIVE_PRESSURE_NEEDED is raised.
     */
    DENUCLEARIZATION,
    /**
     * The North halts its programs where they stand. The essay ties a cut-off to ending both programs (¶3), so
     * the call on Beijing says it stretches the essay (contract §4).
     */
    FREEZE
}
