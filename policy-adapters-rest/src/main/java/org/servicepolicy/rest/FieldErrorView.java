package org.servicepolicy.rest;

/**
 * One problem with one input field, in a problem's {@code errors}.
 *
 * @param field   the field as the caller spelt it, dotted for nested members ({@code damage.amount})
 * @param message what is wrong
 */
public record FieldErrorView(String field, String message) {
}
