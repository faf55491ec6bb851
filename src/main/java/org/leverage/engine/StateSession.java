package org.leverage.engine;

import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.leverage.api.PolicyState;

/**
 * A Drools session holding the six records of one policy state, updated in place from one state to the next:
 * Rete is incremental, so a session that already holds a state re-evaluates only what the next one changes,
 * and every conclusion, being logical, retracts itself when its reason goes.
 */
final class StateSession {

    private static final int RECORDS = 6;

    private final KieSession kieSession;
    private final FactHandle[] handles = new FactHandle[RECORDS];
    private final Object[] records = new Object[RECORDS];

    StateSession(KieBase kieBase) {
        this.kieSession = kieBase.newKieSession();
    }

    /** Puts this state's records in the session, replacing only those that differ from the last state's. */
    void load(PolicyState state) {
        set(0, state.unitedStates());
        set(1, state.unitedStates().offersToPyongyang());
        set(2, state.unitedStates().commitmentsToBeijing());
        set(3, state.china());
        set(4, state.northKorea());
        set(5, state.peninsula());
    }

    private void set(int slot, Object record) {
        if (handles[slot] == null) {
            handles[slot] = kieSession.insert(record);
        } else if (!records[slot].equals(record)) {
            kieSession.update(handles[slot], record);
        }
        records[slot] = record;
    }

    KieSession kieSession() {
        return kieSession;
    }

    void dispose() {
        kieSession.dispose();
    }
}
