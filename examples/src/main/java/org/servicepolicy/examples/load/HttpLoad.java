package org.servicepolicy.examples.load;

import java.net.URI;
import java.util.Map;

/** A way of putting one target under HTTP load and reporting what it answered. */
@FunctionalInterface
public interface HttpLoad {
    /** Drives GETs of {@code uri} with {@code headers} and reports them under {@code name}. */
    LoadDriver.Result run(String name, URI uri, Map<String, String> headers);
}
