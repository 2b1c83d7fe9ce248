package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A record the caller may not see is answered exactly like a record that does not exist: the
 * same status and the same problem, naming nothing but the id the caller asked for, so that a
 * refusal tells nobody which employees or records exist.
 */
final class HiddenRecords {
    /** An id that names no record of any kind. */
    static final String NO_SUCH = "no-such-record";

    private HiddenRecords() {
    }

    /**
     * {@code user}'s GET of {@code path}, which names {@code id}, is answered 404 exactly as the
     * same GET with {@code id} replaced by an id nothing has.
     */
    static RestFixture.Answer assertNotFound(RestFixture api, User user, String path, String id) {
        var hidden = assertAnsweredAsMissing(api, user, "GET", path, null, id);
        assertThat(hidden.status()).as(user.name() + " GET " + path).isEqualTo(404);
        return hidden;
    }

    /**
     * {@code user}'s POST of {@code body} (or none) to {@code path}, which names {@code id}, is
     * answered 404 exactly as the same POST with {@code id} replaced by an id nothing has.
     */
    static RestFixture.Answer assertNotFound(RestFixture api, User user, String path, String body, String id) {
        var hidden = assertAnsweredAsMissing(api, user, "POST", path, body, id);
        assertThat(hidden.status()).as(user.name() + " POST " + path).isEqualTo(404);
        return hidden;
    }

    /**
     * {@code user}'s request is answered exactly as the same request with {@code id} (in the path
     * or the body) replaced by an id nothing has, and the answer names no employee but
     * {@code id} itself.
     */
    static RestFixture.Answer assertAnsweredAsMissing(RestFixture api, User user, String method, String path,
                                                      String body, String id) {
        var contentType = body == null ? null : "application/json";
        var hidden = api.as(user).send(method, path, contentType, body);
        var missing = api.as(user).send(method, path.replace(id, NO_SUCH), contentType,
                body == null ? null : body.replace(id, NO_SUCH));
        var what = user.name() + " " + method + " " + path + ": " + hidden;

        assertThat(hidden.status()).as(what).isIn(404, 422);
        assertThat(hidden.contentType()).as(what).isEqualTo("application/problem+json");
        assertThat(hidden.status()).as(what).isEqualTo(missing.status());
        assertThat(hidden.contentType()).as(what).isEqualTo(missing.contentType());
        assertThat(hidden.body().replace(id, NO_SUCH)).as(what).isEqualTo(missing.body());
        if (hidden.status() == 404) {
            assertThat(hidden.json().get("type").asText()).as(what)
                    .isEqualTo("https://servicepolicy.org/problems/not-found");
            assertThat(hidden.json().get("detail").asText()).as(what).contains(id);
        }
        for (var other : User.values()) {
            if (!id.contains(other.id())) {
                assertThat(hidden.body()).as(what).doesNotContain(other.id());
            }
        }
        return hidden;
    }
}
