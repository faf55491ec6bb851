package org.leverage.engine;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class loader a knowledge base resolves names through: its parent's, remembering the names that are not
 * classes. Drools compiles a rule's conditions lazily, the first time each one is evaluated, and resolving an
 * identifier ({@code unitedStates}, {@code SPURNED}) first tries it as a class under every import and as a class
 * nested in each ({@code concerns$Goal}); each of those misses walks every jar on the class path, some five hundred
 * of them per knowledge base. So:
 * <ul>
 *   <li>a miss is remembered: the framework's conditions repeat the same identifiers, and the class path cannot
 *       gain a class while a knowledge base lives;</li>
 *   <li>a nested name ({@code A$B}) whose enclosing name ({@code A}) is not a class is a miss without a walk: a
 *       nested class needs its enclosing class, and only generated code puts {@code $} in a top-level name.
 *       Classes Drools generates for the rules are not affected: they are found in the knowledge base's own
 *       loader after this one says no.</li>
 * </ul>
 */
final class MissRememberingClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final Set<String> missing = ConcurrentHashMap.newKeySet();

    MissRememberingClassLoader(ClassLoader parent) {
        super(parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (missing.contains(name)) {
            throw new ClassNotFoundException(name);
        }
        int nested = name.lastIndexOf('$');
        if (nested > 0 && !isClass(name.substring(0, nested))) {
            missing.add(name);
            throw new ClassNotFoundException(name);
        }
        try {
            return super.loadClass(name, resolve);
        } catch (ClassNotFoundException e) {
            missing.add(name);
            throw e;
        }
    }

    private boolean isClass(String name) {
        try {
            loadClass(name, false);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
