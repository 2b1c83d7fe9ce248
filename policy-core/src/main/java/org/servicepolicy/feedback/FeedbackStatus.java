package org.servicepolicy.feedback;

/** Where an item of customer feedback stands (§2.3.2). {@link #ACCEPTED} and {@link #CLOSED} are final. */
public enum FeedbackStatus {
    /** No routing rule matched: HR or the service supervision group routes it. */
    UNROUTED,
    /** Its department is known; nobody is responsible for it yet. */
    ROUTED,
    /** An employee of its department handles it. */
    IN_HANDLING,
    /** The responsible employee asked the customer something; the clocks stop until they answer. */
    WAITING_ON_CUSTOMER,
    /** A result was reported; the customer accepts or rejects it. */
    RESULT_REPORTED,
    /** The customer rejected the result; a new round is handled. */
    REOPENED,
    /** The customer accepted the result. */
    ACCEPTED,
    /** HR closed it after repeated rejected results. */
    CLOSED;

    /** Whether nothing more happens to an item in this state. */
    public boolean isFinal() {
        return this == ACCEPTED || this == CLOSED;
    }
}
