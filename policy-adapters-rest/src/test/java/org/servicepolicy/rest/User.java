package org.servicepolicy.rest;

/**
 * The test's HTTP Basic accounts and the employees they log in as. The organisation: HR in
 * {@code people}; {@code manager} runs {@code sales}, where {@code staff}, {@code peer} and
 * {@code temp} work; {@code opsManager} runs {@code ops}, where {@code outsider} and
 * {@code supervisor} (of the service supervision group) work, and {@code junior}, who reports to
 * {@code outsider}. {@code ghost} is no employee.
 */
enum User {
    HR("hr", "emp-hr"),
    HR2("hr2", "emp-hr2"),
    MANAGER("manager", "emp-manager"),
    STAFF("staff", "emp-staff"),
    PEER("peer", "emp-peer"),
    TEMP("temp", "emp-temp"),
    OPS_MANAGER("opsmanager", "emp-opsmanager"),
    OUTSIDER("outsider", "emp-outsider"),
    SUPERVISOR("supervisor", "emp-supervisor"),
    /** Reports to {@code outsider}, who is thus a superior without being a manager. */
    JUNIOR("junior", "emp-junior"),
    /** An account whose employee id names nobody: authenticated, but unknown to the policy. */
    GHOST("ghost", "emp-ghost");

    static final String PASSWORD = "s3cret";

    private final String login;
    private final String employeeId;

    User(String login, String employeeId) {
        this.login = login;
        this.employeeId = employeeId;
    }

    String login() {
        return login;
    }

    String id() {
        return employeeId;
    }
}
