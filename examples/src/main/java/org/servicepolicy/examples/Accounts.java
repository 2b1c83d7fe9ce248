package org.servicepolicy.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The app's login accounts: a user name, the employee it acts as, and a password hash. Read
 * from a file of lines {@code username:employeeId:hash} ({@code #} starts a comment). A password
 * verified once is trusted for a few minutes ({@link VerifiedCredentials}), so that a client
 * sending it with every request does not pay PBKDF2 every time.
 */
public final class Accounts {
    /** One account. */
    public record Account(String username, String employeeId, String passwordHash) {
    }

    private final Map<String, Account> byUsername;
    private final PasswordHasher hasher;
    private final VerifiedCredentials verified;
    private final String unknownAccountHash;

    private Accounts(Map<String, Account> byUsername, PasswordHasher hasher, VerifiedCredentials verified) {
        this.byUsername = new ConcurrentHashMap<>(byUsername);
        this.hasher = hasher;
        this.verified = Objects.requireNonNull(verified, "verified");
        this.unknownAccountHash = hasher.hash(UUID.randomUUID().toString().toCharArray());
    }

    /**
     * Reads an accounts file, trusting verified passwords as {@code verified} says; a malformed
     * line is an error naming its number.
     */
    public static Accounts read(Path file, PasswordHasher hasher, VerifiedCredentials verified) throws IOException {
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
        return new Accounts(accounts, hasher, verified);
    }

    /**
     * The demo accounts, each acting as the employee of the same name, with password {@code demo},
     * trusting verified passwords as {@code verified} says.
     */
    public static Accounts demo(PasswordHasher hasher, VerifiedCredentials verified) {
        var accounts = new LinkedHashMap<String, Account>();
        for (var name : DemoData.ACCOUNTS) {
            accounts.put(name, new Account(name, name, hasher.hash("demo".toCharArray())));
        }
        return new Accounts(accounts, hasher, verified);
    }

    /**
     * The employee id of the account, when {@code username} and {@code password} match. A
     * password verified lately for this very account answers at once; any other is checked
     * against the stored hash. An unknown name costs the same work as a wrong password, a
     * password checked against the hash of a password nobody knows, so that how long a refusal
     * takes tells no one which names exist.
     */
    public Optional<String> authenticate(String username, char[] password) {
        var account = byUsername.get(username);
        if (account != null && verified.verified(username, password, account).isPresent()) {
            return Optional.of(account.employeeId());
        }
        var matches = hasher.matches(password, account == null ? unknownAccountHash : account.passwordHash());
        if (account == null || !matches) {
            return Optional.empty();
        }
        verified.remember(username, password, account);
        return Optional.of(account.employeeId());
    }

    /** Adds {@code account}, or replaces the account of its name (a new password, say); its verified passwords go. */
    public void put(Account account) {
        byUsername.put(account.username(), account);
        verified.forget(account.username());
    }

    /** Removes the account named {@code username}; its verified passwords go with it. */
    public void remove(String username) {
        byUsername.remove(username);
        verified.forget(username);
    }
}
