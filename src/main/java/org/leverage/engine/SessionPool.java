package org.leverage.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The sessions kept between assessments, one per thread, so that a thread walking through neighbouring states
 * (a sweep) re-evaluates only the field that changed. A session a rule failed in is dropped, never reused;
 * {@link #close} disposes every thread's session at once.
 */
final class SessionPool implements AutoCloseable {

    private final Supplier<StateSession> newSession;
    private final ThreadLocal<Slot> sessions = ThreadLocal.withInitial(Slot::new);
    /** Every thread's slot that holds a session, so that {@link #close} can release them all. */
    private final Set<Slot> slots = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    SessionPool(Supplier<StateSession> newSession) {
        this.newSession = newSession;
    }

    /** One thread's session, or none; static, so that a thread's slot never holds the pool itself. */
    private static final class Slot {
        /** The thread this slot serves, to tell when its session has no more use. */
        private final Thread owner = Thread.currentThread();
        private StateSession session;
    }

    /**
     * Lends this thread's session to {@code work}. When {@code work} throws, the session may hold half a
     * conclusion, so it is disposed of and the thread gets a new one next time.
     *
     * @throws IllegalStateException when the pool is closed
     */
    <T> T withSession(Function<StateSession, T> work) {
        Slot slot = sessions.get();
        StateSession session;
        synchronized (slot) {
            ensureOpen();
            if (slot.session == null) {
                releaseSessionsOfEndedThreads();
                slot.session = newSession.get();
                slots.add(slot);
            }
            session = slot.session;
        }
        // Only this thread uses its session; the lock keeps close() from disposing it mid-assessment.
        synchronized (session) {
            ensureOpen();
            boolean healthy = false;
            try {
                T result = work.apply(session);
                healthy = true;
                return result;
            } finally {
                if (!healthy) {
                    synchronized (slot) {
                        slot.session = null;
                    }
                    session.dispose();
                }
            }
        }
    }

    /**
     * Disposes the sessions of threads that have ended. The knowledge base keeps every session it made until it is
     * disposed, so a host that starts a thread per request would otherwise keep one session (a few hundred
     * kilobytes) per thread it ever ran; done when a thread takes its first session, so that the sessions kept
     * never outnumber the threads alive by more than those that ended since.
     */
    private void releaseSessionsOfEndedThreads() {
        for (Slot slot : slots) {
            if (slot.owner.isAlive()) {
                continue;
            }
            StateSession session;
            synchronized (slot) {
                session = slot.session;
                slot.session = null;
            }
            slots.remove(slot);
            if (session != null) {
                synchronized (session) {
                    session.dispose();
                }
            }
        }
    }

    /**
     * Disposes every thread's session, and with them the knowledge base they hold; a thread's slot keeps
     * nothing but an empty box. Safe to call more than once, and from any thread: work under way finishes first.
     */
    @Override
    public void close() {
        closed = true;
        for (Slot slot : slots) {
            StateSession session;
            synchronized (slot) {
                session = slot.session;
                slot.session = null;
            }
            if (session != null) {
                synchronized (session) {
                    session.dispose();
                }
            }
        }
        slots.clear();
    }

    void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("this advisor is closed; build another to assess");
        }
    }
}
