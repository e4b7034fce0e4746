package fr.etude.dossier.embeddedpg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL server run from the binaries on the class path, with its data in a folder of
 * our choice: kept between runs for the demo application, thrown away for tests.
 *
 * <p>PostgreSQL refuses to run as root. When this JVM is root (a CI container, say), the server
 * processes are started through {@code setpriv} as an unprivileged user, which then owns the data
 * folder.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    /** The "nobody" user and group of Debian and most Linux systems. */
    private static final int UNPRIVILEGED_ID = 65534;
    private static final String SUPERUSER = "postgres";

    private final Path binaries;
    private final Path dataDirectory;
    private final int port;
    private final boolean deleteOnClose;
    private final boolean dropPrivileges;
    private volatile boolean closed;

    private EmbeddedPostgres(Builder builder) {
        this.binaries = PostgresBinaries.extracted(builder.cacheDirectory);
        this.dataDirectory = builder.dataDirectory.toAbsolutePath().normalize();
        this.port = builder.port == 0 ? freePort() : builder.port;
        this.deleteOnClose = builder.deleteOnClose;
        this.dropPrivileges = runningAsRoot();
    }

    public static Builder builder() {
        return new Builder();
    }

    public int port() {
        return port;
    }

    public String superuser() {
        return SUPERUSER;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** Creates the database unless it exists; returns its JDBC URL. */
    public String ensureDatabase(String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, "");
             PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (Statement create = connection.createStatement()) {
                        create.execute("create database " + database);
                    }
                }
            }
            return jdbcUrl(database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + database, e);
        }
    }

    private EmbeddedPostgres start(Map<String, String> settings) {
        try {
            Files.createDirectories(dataDirectory);
            if (dropPrivileges) {
                checkReachableByUnprivilegedUser(dataDirectory.getParent());
                Files.setAttribute(dataDirectory, "unix:uid", UNPRIVILEGED_ID);
                Files.setAttribute(dataDirectory, "unix:gid", UNPRIVILEGED_ID);
            }
            if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
                run(Duration.ofMinutes(2), bin("initdb"), "-A", "trust", "-U", SUPERUSER, "-D",
                        dataDirectory.toString(), "-E", "UTF-8", "--locale-provider=builtin",
                        "--locale=C.UTF-8");
            }
            if (Files.exists(dataDirectory.resolve("postmaster.pid")) && isRunning()) {
                log.info("Stopping a PostgreSQL server left running in {}", dataDirectory);
                stop();
            }
            List<String> options = new ArrayList<>(List.of("-p", Integer.toString(port), "-c",
                    "listen_addresses=localhost"));
            settings.forEach((name, value) -> options.addAll(List.of("-c", name + "=" + value)));
            long started = System.nanoTime();
            run(Duration.ofMinutes(2), bin("pg_ctl"), "-D", dataDirectory.toString(), "-l",
                    dataDirectory.resolve("server.log").toString(), "-w", "-t", "90", "-o",
                    String.join(" ", options), "start");
            log.info("Embedded PostgreSQL started on port {} in {} ms (data: {})", port,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), dataDirectory);
            Runtime.getRuntime().addShutdownHook(new Thread(this::close, "embedded-postgres-stop"));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            stop();
            if (deleteOnClose) {
                deleteRecursively(dataDirectory);
            }
        } catch (RuntimeException | IOException e) {
            log.warn("Could not stop the embedded PostgreSQL cleanly", e);
        }
    }

    private boolean isRunning() {
        return execute(Duration.ofSeconds(30), bin("pg_ctl"), "-D", dataDirectory.toString(), "status")
                .exitCode() == 0;
    }

    private void stop() {
        run(Duration.ofMinutes(1), bin("pg_ctl"), "-D", dataDirectory.toString(), "-m", "fast", "-w", "stop");
    }

    private String bin(String program) {
        return binaries.resolve("bin").resolve(program).toString();
    }

    private void run(Duration timeout, String... command) {
        Result result = execute(timeout, command);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("Command failed (exit " + result.exitCode() + "): "
                    + String.join(" ", command) + "\n" + result.output());
        }
    }

    private Result execute(Duration timeout, String... command) {
        List<String> line = new ArrayList<>();
        if (dropPrivileges) {
            line.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_ID, "--regid=" + UNPRIVILEGED_ID,
                    "--clear-groups"));
        }
        line.addAll(List.of(command));
        try {
            Path output = Files.createTempFile("embedded-postgres", ".log");
            try {
                Process process = new ProcessBuilder(line).redirectErrorStream(true)
                        .redirectOutput(output.toFile()).start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("Timed out after " + timeout + ": " + String.join(" ", line));
                }
                return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", line), e);
        }
    }

    private static void checkReachableByUnprivilegedUser(Path folder) throws IOException {
        for (Path current = folder; current != null; current = current.getParent()) {
            int mode = (Integer) Files.getAttribute(current, "unix:mode");
            if ((mode & 01) == 0) {
                throw new IllegalStateException("Running as root, PostgreSQL runs as an unprivileged user who cannot"
                        + " enter " + current + ". Choose a data folder outside it"
                        + " (dossier.embedded-postgres.data-directory) or run as a normal user.");
            }
        }
    }

    private static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private record Result(int exitCode, String output) {
    }

    public static final class Builder {
        private Path dataDirectory;
        private Path cacheDirectory = Path.of(System.getProperty("java.io.tmpdir"), "dossier-postgres");
        private int port;
        private boolean deleteOnClose;
        private final Map<String, String> settings = new LinkedHashMap<>();

        private Builder() {
        }

        /** Where the cluster lives; created (initdb) when empty, reused otherwise. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        /** 0 (the default) picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder deleteOnClose(boolean deleteOnClose) {
            this.deleteOnClose = deleteOnClose;
            return this;
        }

        public Builder cacheDirectory(Path cacheDirectory) {
            this.cacheDirectory = cacheDirectory;
            return this;
        }

        /** A server setting ({@code postgresql.conf} name and value) passed at start. */
        public Builder setting(String name, String value) {
            settings.put(name, value);
            return this;
        }

        public EmbeddedPostgres start() {
            if (dataDirectory == null) {
                throw new IllegalStateException("dataDirectory is required");
            }
            return new EmbeddedPostgres(this).start(settings);
        }
    }
}
