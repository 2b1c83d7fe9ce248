package org.servicepolicy.career;

/**
 * §4.3.1: the company helps each employee plan a career path and provides training resources.
 * Pure: each function decides from the facts loaded and the stamp.
 */
public final class DevelopmentPlanRules {
    private DevelopmentPlanRules() {
    }
}
