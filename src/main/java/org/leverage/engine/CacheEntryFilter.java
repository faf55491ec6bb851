package org.leverage.engine;

import java.io.ObjectInputFilter;
import java.util.List;
import java.util.Set;

/**
 * What deserializing a compiled-rules cache entry may meet: the classes of a real entry's object graph and, with
 * headroom, its depth, array lengths, object count and size. Anything else is refused before it is built, so that
 * a crafted entry (200,000 nested arrays, an array of two billion elements, a gadget class of some library on the
 * class path) fails with an {@code InvalidClassException} instead of a {@code StackOverflowError}, an
 * {@code OutOfMemoryError} or code run on the way; the cache then compiles the rules again.
 *
 * <p>This is a second line. The first is that an entry is read only from a folder and file the current user alone
 * owns and can write, and only when its header names the requested key and the digest of its payload matches
 * ({@link CompiledRulesCache}). An entry holds the bytecode of the rules' consequences, which Drools defines and
 * runs: whoever can write a trusted entry can run code, filter or not. Drools also reads that bytecode table
 * (class names and byte arrays) through a plain {@code ObjectInputStream} of its own, which this filter does not
 * reach; the byte array that carries it is bounded here by {@link #MAX_ARRAY_LENGTH}, and a failure inside it is
 * still caught by the cache like any other.
 */
final class CacheEntryFilter implements ObjectInputFilter {

    /*
     * Measured by recording every class, depth, array length, reference count and byte count the filter is asked
     * about while reading real entries (Drools 10.2.0, December):
     *   built-in rules (70 rules):                               471 KB, depth 20, largest array 125,443 (the
     *                                                             consequences' bytecode), 11,595 references;
     *                                 measured again on 2 December:  477 KB, depth 21, 12,190 references
     *   built-in rules + an analyst folder using declare, function, query, global, accumulate, from, eval, or,
     *   not, exists, salience and a .csv decision table:          512 KB, depth 20, same array, 13,160 references
     * An analyst folder scales the references, the bytes and the bytecode array with its rule count; the depth
     * does not grow with it. The limits leave 5x on depth and about 20x to 30x on the rest, which a folder of a
     * thousand rules still fits; an entry that needs more is refused and its rules are compiled on every run,
     * never used wrong.
     */
    static final int MAX_DEPTH = 100;
    static final int MAX_ARRAY_LENGTH = 4 * 1024 * 1024;
    static final long MAX_REFERENCES = 400_000;
    /** Also the largest entry file the cache reads at all. */
    static final long MAX_BYTES = 16L * 1024 * 1024;

    /*
     * Every class a real entry's graph uses (the same recording), by package where Drools spreads one concern over
     * many classes, one by one for the JDK's. Enums are allowed wherever they come from (the fact model's, as
     * constraint values, are the ones seen): reading one runs no code of its class but valueOf.
     */
    private static final List<String> PACKAGES = List.of(
            "org.drools.base.",                       // the rule model: rules, patterns, constraints, declarations
            "org.drools.core.rule.",                  // JavaDialectRuntimeData: the consequences' bytecode
            "org.drools.core.base.accumulators.",     // accumulate functions (count, sum, collectList, ...)
            "org.drools.mvel.",                       // MVEL constraints, field values and accessors
            "org.drools.io.",                         // the resource a rule was read from (its file, for messages)
            "org.drools.compiler.rule.builder.",      // EvaluatorWrapper
            "org.kie.api.definition.type.");          // Role.Type of a declared type
    private static final Set<String> CLASSES = Set.of(
            "org.drools.util.PortablePath",
            "org.kie.api.io.ResourceType",
            "org.kie.internal.definition.GenericTypeDefinition",
            "java.lang.Object", "java.lang.String", "java.lang.Enum", "java.lang.Boolean", "java.lang.Character",
            "java.lang.Number", "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long",
            "java.lang.Float", "java.lang.Double", "java.math.BigDecimal", "java.math.BigInteger",
            "java.util.List", "java.util.Map$Entry", "java.util.ArrayList", "java.util.HashMap", "java.util.HashSet",
            "java.util.IdentityHashMap", "java.util.LinkedHashMap", "java.util.LinkedHashSet",
            "java.util.Collections$EmptyList", "java.util.Collections$EmptyMap", "java.util.Collections$EmptySet",
            "java.util.Collections$SynchronizedMap",
            "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.ConcurrentHashMap$Segment",
            "java.util.concurrent.ConcurrentHashMap$CollectionView", "java.util.concurrent.ConcurrentHashMap$KeySetView",
            "java.util.concurrent.locks.ReentrantLock", "java.util.concurrent.locks.ReentrantLock$Sync",
            "java.util.concurrent.locks.ReentrantLock$NonfairSync",
            "java.util.concurrent.locks.AbstractQueuedSynchronizer",
            "java.util.concurrent.locks.AbstractOwnableSynchronizer");

    @Override
    public Status checkInput(FilterInfo info) {
        if (info.depth() > MAX_DEPTH || info.arrayLength() > MAX_ARRAY_LENGTH
                || info.references() > MAX_REFERENCES || info.streamBytes() > MAX_BYTES) {
            return Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return Status.ALLOWED;
        }
        while (type.isArray()) {
            type = type.getComponentType();
        }
        return allowed(type) ? Status.ALLOWED : Status.REJECTED;
    }

    private static boolean allowed(Class<?> type) {
        if (type.isPrimitive() || type.isEnum() || CLASSES.contains(type.getName())) {
            return true;
        }
        String name = type.getName();
        for (String prefix : PACKAGES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
