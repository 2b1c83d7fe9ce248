package org.servicepolicy.suggestions;

/** What an employee suggestion would improve (§5.2.1: management, rules and processes). */
public enum SuggestionArea {
    MANAGEMENT, RULES, PROCESSES
}
