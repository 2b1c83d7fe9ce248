package org.servicepolicy.policy;

/** §2.3.3: the dimensions a periodic service evaluation scores. */
public enum ServiceDimension {
    /** How satisfied customers are. */
    CUSTOMER_SATISFACTION,
    /** How quickly and completely the work is done. */
    EFFICIENCY,
    /** How clearly and promptly customers and colleagues are informed. */
    COMMUNICATION,
    /** How the employee treats customers. */
    ATTITUDE
}
