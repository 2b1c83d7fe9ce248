/**
 * The REST adapter: {@link org.servicepolicy.rest.ServicePolicyFeature} mounts the API under
 * {@code /api/v1} in any JAX-RS runtime; {@link org.servicepolicy.rest.ActorResolver} maps the
 * host's authenticated principal to the core's actor; the {@code *Body} records are the request
 * bodies, the {@code *View} records the answers, {@link org.servicepolicy.rest.ProblemView} the
 * RFC 9457 errors.
 */
package org.servicepolicy.rest;
