/**
 * The REST adapter's implementation: resources, error mapping, JSON configuration and the
 * OpenAPI document. Not API: register {@link org.servicepolicy.rest.ServicePolicyFeature}
 * instead of these classes.
 */
package org.servicepolicy.rest.internal;
