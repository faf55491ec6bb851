package org.leverage.engine;

import java.util.Arrays;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
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
    /**
     * A session updated in place keeps, in Drools 10.2, some of what each update leaves behind: measured, about
     * five truth-maintenance tuples and their propagation contexts per assessment of a random state (1 KB),
     * never released, so a long sweep or a long-lived host grew by hundreds of megabytes and slowed with its
     * collector. After this many states the session is emptied and filled afresh, which releases all of it; at
     * one reset in a thousand the cost does not show in the benchmarks.
     */
    static final int STATES_BEFORE_RESET = 1_000;

    private final KieSession kieSession;
    private final FactHandle[] handles = new FactHandle[RECORDS];
    private final Object[] records = new Object[RECORDS];
    /** States loaded since the session was new or last reset. */
    private int loaded;
    /** The rule whose consequence is running, or last ran; kept only for rules that may misbehave. */
    private volatile Rule firing;
    /** Set when a rule that would not stop still runs in this session: it must not be touched again. */
    private volatile boolean abandoned;

    /**
     * @param watchFiring whether to remember which rule is firing, so that a rule that fails without a trace of
     *                    its own (exhausted stack, {@code halt()}) can be named; a listener call per firing
     */
    StateSession(KieBase kieBase, boolean watchFiring) {
        this.kieSession = kieBase.newKieSession();
        if (watchFiring) {
            kieSession.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    firing = event.getMatch().getRule();
                }

                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    firing = event.getMatch().getRule();
                }
            });
        }
    }

    /** Puts this state's records in the session, replacing only those that differ from the last state's. */
    void load(PolicyState state) {
        firing = null;
        if (++loaded > STATES_BEFORE_RESET) {
            DroolsInternals.reset(kieSession);
            Arrays.fill(handles, null);
            Arrays.fill(records, null);
            loaded = 1;
        }
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

    /** The rule that was firing, or fired last, in this state's run; null when not watched or none fired. */
    Rule firing() {
        return firing;
    }

    /** Leaves the session to a rule that will not return: disposing of it under that rule could break anything. */
    void abandon() {
        abandoned = true;
    }

    void dispose() {
        if (!abandoned) {
            kieSession.dispose();
        }
    }
}
