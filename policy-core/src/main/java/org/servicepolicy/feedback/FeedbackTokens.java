package org.servicepolicy.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Port: the tracking tokens customers get for their feedback (§2.3.2). A token is 32 random
 * bytes, base64url without padding ({@value #LENGTH} characters); only its SHA-256 hash is
 * stored, so a stolen store reveals no token.
 */
@FunctionalInterface
public interface FeedbackTokens {
    /** The length of a token. */
    int LENGTH = 43;

    /** A new token, never answered before. */
    String next();

    /** Tokens from a {@link SecureRandom}: the library's default. */
    static FeedbackTokens secure() {
        var random = new SecureRandom();
        var encoder = Base64.getUrlEncoder().withoutPadding();
        return () -> {
            var bytes = new byte[32];
            random.nextBytes(bytes);
            return encoder.encodeToString(bytes);
        };
    }

    /** The hex SHA-256 of {@code token}'s UTF-8 bytes: what the store keeps and looks the item up by. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
