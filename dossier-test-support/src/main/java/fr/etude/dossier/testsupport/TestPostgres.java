package fr.etude.dossier.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import fr.etude.dossier.embeddedpg.EmbeddedPostgres;

/**
 * The PostgreSQL server of this test JVM, started on first use and shared by every test in it.
 * Testcontainers when a Docker engine answers (the image of docker-compose.yml's major version),
 * the embedded server otherwise. Never an in-memory imitation.
 */
public final class TestPostgres {

    /**
     * Spring keeps every test context it has built (up to 32), each with its pool of connections (10):
     * PostgreSQL's default of 100 connections was reached once the test classes needed a dozen contexts.
     */
    private static final int CONNEXIONS_MAX = 400;

    /** Same major version as docker-compose.yml and the embedded binaries. */
    static final String IMAGE = "postgres:17-alpine";
    private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);

    private static volatile Connection connection;
    /** Creates a database on the running server unless it exists; returns its connection. */
    private static volatile java.util.function.Function<String, Connection> autreBase;

    private TestPostgres() {
    }

    public record Connection(String url, String username, String password) {
    }

    /**
     * A database of its own on the same server, with nothing in it until the application migrates
     * it: for a test that needs an office as it is on its first day.
     */
    public static Connection connection(String database) {
        connection();
        return autreBase.apply(database);
    }

    public static Connection connection() {
        Connection current = connection;
        if (current == null) {
            synchronized (TestPostgres.class) {
                current = connection;
                if (current == null) {
                    current = start();
                    connection = current;
                }
            }
        }
        return current;
    }

    private static Connection start() {
        if (!Boolean.getBoolean("dossier.test.embedded-only") && dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer(IMAGE).withDatabaseName("dossier");
            container.setCommand("postgres", "-c", "fsync=off", "-c", "max_connections=" + CONNEXIONS_MAX);
            container.start();
            log.info("Tests use a PostgreSQL container ({})", IMAGE);
            autreBase = database -> {
                try {
                    container.execInContainer("createdb", "-U", container.getUsername(), database);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                return new Connection(container.getJdbcUrl().replace("/dossier", "/" + database), container.getUsername(),
                        container.getPassword());
            };
            return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .dataDirectory(traversableTempFolder().resolve("data"))
                .deleteOnClose(true)
                // A test database need not survive a power cut: trade durability for speed.
                .setting("fsync", "off")
                .setting("synchronous_commit", "off")
                .setting("full_page_writes", "off")
                .setting("max_connections", Integer.toString(CONNEXIONS_MAX))
                .start();
        log.info("Tests use the embedded PostgreSQL on port {}", postgres.port());
        autreBase = database -> new Connection(postgres.ensureDatabase(database), postgres.superuser(), "");
        return new Connection(postgres.ensureDatabase("dossier"), postgres.superuser(), "");
    }

    private static boolean dockerAvailable() {
        if (System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** As root, the embedded server's unprivileged user must be able to enter the folder. */
    private static Path traversableTempFolder() {
        try {
            return Files.createTempDirectory("dossier-test-pg",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
