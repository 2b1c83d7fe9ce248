package org.servicepolicy.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The app's login accounts: a user name, the employee it acts as, and a password hash. Read
 * from a file of lines {@code username:employeeId:hash} ({@code #} starts a comment).
 */
public final class Accounts {
    /** One account. */
    public record Account(String username, String employeeId, String passwordHash) {
    }

    private final Map<String, Account> byUsername;
    private final PasswordHasher hasher;
    private final String unknownAccountHash;

    private Accounts(Map<String, Account> byUsername, PasswordHasher hasher) {
        this.byUsername = Map.copyOf(byUsername);
        this.hasher = hasher;
        this.unknownAccountHash = hasher.hash(UUID.randomUUID().toString().toCharArray());
    }

    /** Reads an accounts file; a malformed line is an error naming its number. */
    public static Accounts read(Path file, PasswordHasher hasher) throws IOException {
        var accounts = new LinkedHashMap<String, Account>();
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            var parts = line.split(":", 3);
            if (parts.length != 3 || parts[0].isBlank() || parts[1].isBlank() || !parts[2].startsWith("pbkdf2-sha256$")) {
                throw new IllegalArgumentException(file + " line " + (i + 1)
                        + ": expected username:employeeId:pbkdf2-sha256$... (a hash, never a password)");
            }
            accounts.put(parts[0], new Account(parts[0], parts[1], parts[2]));
        }
        return new Accounts(accounts, hasher);
    }

    /** The demo accounts, each acting as the employee of the same name, with password {@code demo}. */
    public static Accounts demo(PasswordHasher hasher) {
        var accounts = new LinkedHashMap<String, Account>();
        for (var name : DemoData.ACCOUNTS) {
            accounts.put(name, new Account(name, name, hasher.hash("demo".toCharArray())));
        }
        return new Accounts(accounts, hasher);
    }

    /**
     * The employee id of the account, when {@code username} and {@code password} match. An
     * unknown name costs the same work as a known one, a password checked against the hash of a
     * password nobody knows, so that how long a refusal takes tells no one which names exist.
     */
    public Optional<String> authenticate(String username, char[] password) {
        var account = byUsername.get(username);
        var matches = hasher.matches(password, account == null ? unknownAccountHash : account.passwordHash());
        return account != null && matches ? Optional.of(account.employeeId()) : Optional.empty();
    }
}
