package org.servicepolicy.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.servicepolicy.feedback.FeedbackText;
import org.servicepolicy.kernel.Inputs;

/**
 * Body of {@code POST /api/v1/public/feedback/{token}/rejection} (§2.3.2): the customer rejects
 * the result reported; a new round starts.
 *
 * @param comment why the result does not satisfy them
 */
public record FeedbackRejectionBody(@NotBlank(message = "is required and not blank")
                                    @Size(max = Inputs.TEXT_MAX, message = "must be at most {max} characters")
                                    String comment) {
    /** The core command. */
    public FeedbackText toCommand() {
        return new FeedbackText(comment);
    }
}
