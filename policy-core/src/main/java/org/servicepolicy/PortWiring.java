package org.servicepolicy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.servicepolicy.ports.Ports;

/**
 * Reads the ports through the accessors of {@link Ports} found by reflection, so that the ports
 * stay listed in that interface alone: the builder checks a port's type here, and resolves what
 * the library runs on, naming every missing port.
 */
final class PortWiring {
    /** Every accessor of {@link Ports}, by name, so that missing ports are named in a stable order. */
    private static final List<Method> ACCESSORS = Arrays.stream(Ports.class.getMethods())
            .filter(method -> !method.isDefault() && !Modifier.isStatic(method.getModifiers()))
            .sorted(Comparator.comparing(Method::getName))
            .toList();

    private PortWiring() {
    }

    /**
     * Checks that {@code type} is the type of a port.
     *
     * @throws IllegalArgumentException when no accessor of {@link Ports} returns it
     */
    static void requirePort(Class<?> type) {
        if (ACCESSORS.stream().noneMatch(accessor -> accessor.getReturnType().equals(type))) {
            throw new IllegalArgumentException(type.getName() + " is not the type of a port of "
                    + Ports.class.getName());
        }
    }

    /**
     * The ports the library runs on: each one as {@code replacements} holds it by its type, or else
     * as {@code given} answers it (read once here).
     *
     * @param given the adapter's ports; {@code null} when none were given
     * @throws IllegalStateException naming every port that neither gives
     */
    static Ports resolve(Ports given, Map<Class<?>, Object> replacements) {
        var answers = new HashMap<Method, Object>();
        var missing = new ArrayList<String>();
        for (var accessor : ACCESSORS) {
            var type = accessor.getReturnType();
            var answer = replacements.containsKey(type) ? replacements.get(type)
                    : given == null ? null : read(accessor, given);
            if (answer == null) {
                missing.add(accessor.getName());
            } else {
                answers.put(accessor, answer);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("ServicePolicy needs these ports: " + String.join(", ", missing));
        }
        return (Ports) Proxy.newProxyInstance(Ports.class.getClassLoader(), new Class<?>[] {Ports.class},
                (proxy, method, args) -> answers.containsKey(method) ? answers.get(method)
                        : objectMethod(proxy, method, args));
    }

    /** What a proxy of {@link Ports} answers to the methods of {@link Object}, the only others it receives. */
    private static Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "the ports the library runs on";
        };
    }

    private static Object read(Method accessor, Ports ports) {
        try {
            return accessor.invoke(ports);
        } catch (InvocationTargetException e) {
            // An accessor declares no checked exception, so what it threw is unchecked.
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read the port " + accessor.getName(), e);
        }
    }
}
