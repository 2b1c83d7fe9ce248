package org.servicepolicy.rest.internal;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks every resource of the adapter, so that the adapter's request size limit
 * ({@link RequestSizeLimit}) and its JSON answers ({@link AnswerWriting}) apply to them and to
 * nothing else of the host.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ApiResource {
}
