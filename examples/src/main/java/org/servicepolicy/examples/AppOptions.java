package org.servicepolicy.examples;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The example app's command line.
 *
 * @param port         HTTP port (default 8080)
 * @param dataDir      where the embedded H2 database lives (default ./data)
 * @param jdbcUrl      a database URL, e.g. PostgreSQL's; the embedded H2 when absent
 * @param jdbcUser     the database user
 * @param jdbcPassword the database password
 * @param demo         seed the demo company and accounts (always on for the embedded database)
 * @param usersFile    an accounts file of {@code username:employeeId:hash} lines
 * @param firstHr      on a database without employees, the id of the first HR employee to create
 */
public record AppOptions(int port, Path dataDir, Optional<String> jdbcUrl, Optional<String> jdbcUser,
                         Optional<String> jdbcPassword, boolean demo, Optional<Path> usersFile,
                         Optional<String> firstHr) {

    /** The usage text printed for {@code --help} and for a bad command line. */
    public static final String USAGE = """
            usage: java -jar servicepolicy-example.jar [options]
              --port N              HTTP port (default 8080)
              --data DIR            directory of the embedded H2 database (default ./data)
              --jdbc-url URL        use this database instead, e.g. jdbc:postgresql://127.0.0.1:5432/test
              --jdbc-user USER      database user
              --jdbc-password PW    database password
              --demo                seed the demo company and accounts (default on the embedded database)
              --users FILE          accounts file: lines of username:employeeId:pbkdf2-sha256$... hashes
              --first-hr ID         on a database without employees, create department hq and the HR
                                    employee ID, who then builds the company through the API
                                    (make a hash: echo -n secret | java -cp servicepolicy-example.jar org.servicepolicy.examples.PasswordHasher)
            """;

    /** Whether the app runs on its embedded database. */
    public boolean embedded() {
        return jdbcUrl.isEmpty();
    }

    /** Whether the demo company and accounts are seeded. */
    public boolean seedsDemo() {
        return demo || embedded() && usersFile.isEmpty();
    }

    /**
     * Parses the command line.
     *
     * @throws IllegalArgumentException naming the option at fault
     */
    public static AppOptions parse(String... args) {
        int port = 8080;
        Path data = Path.of("data");
        String url = null;
        String user = null;
        String password = null;
        boolean demo = false;
        Path users = null;
        String firstHr = null;
        for (int i = 0; i < args.length; i++) {
            var option = args[i];
            switch (option) {
                case "--port" -> port = parsePort(value(args, ++i, option));
                case "--data" -> data = Path.of(value(args, ++i, option));
                case "--jdbc-url" -> url = value(args, ++i, option);
                case "--jdbc-user" -> user = value(args, ++i, option);
                case "--jdbc-password" -> password = value(args, ++i, option);
                case "--demo" -> demo = true;
                case "--users" -> users = Path.of(value(args, ++i, option));
                case "--first-hr" -> firstHr = value(args, ++i, option);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (url == null && (user != null || password != null)) {
            throw new IllegalArgumentException("--jdbc-user and --jdbc-password need --jdbc-url");
        }
        if (url != null && !demo && users == null) {
            throw new IllegalArgumentException("with --jdbc-url, give --users FILE for the accounts, or --demo");
        }
        if (firstHr != null && demo) {
            throw new IllegalArgumentException("--first-hr and --demo exclude each other: the demo has its own HR");
        }
        return new AppOptions(port, data, Optional.ofNullable(url), Optional.ofNullable(user),
                Optional.ofNullable(password), demo, Optional.ofNullable(users), Optional.ofNullable(firstHr));
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("--port must be between 0 and 65535");
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, was " + text);
        }
    }
}
