package org.servicepolicy.examples;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes in the form {@code pbkdf2-sha256$iterations$salt$hash}
 * (salt and hash in Base64), so account files never hold a password in plain text.
 */
public final class PasswordHasher {
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int ITERATIONS = 210_000;
    private static final int KEY_BITS = 256;
    private final SecureRandom random = new SecureRandom();

    /** A new hash of {@code password} with a random salt. */
    public String hash(char[] password) {
        var salt = new byte[16];
        random.nextBytes(salt);
        return SCHEME + "$" + ITERATIONS + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(derive(password, salt, ITERATIONS));
    }

    /** Whether {@code password} matches {@code stored}; a malformed hash never matches. */
    public boolean matches(char[] password, String stored) {
        var parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            var salt = Base64.getDecoder().decode(parts[2]);
            var expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(password, salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        try {
            var spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        }
    }

    /** Prints the hash of the password read from standard input, for a {@code --users} file. */
    public static void main(String[] args) throws java.io.IOException {
        var line = new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip();
        System.out.println(new PasswordHasher().hash(line.toCharArray()));
    }
}
