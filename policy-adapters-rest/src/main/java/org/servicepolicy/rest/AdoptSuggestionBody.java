package org.servicepolicy.rest;

/**
 * Optional body of {@code POST /api/v1/suggestions/{id}/adopt}.
 *
 * @param note a note kept with the adoption, at most 2000 characters
 */
public record AdoptSuggestionBody(String note) {
}
