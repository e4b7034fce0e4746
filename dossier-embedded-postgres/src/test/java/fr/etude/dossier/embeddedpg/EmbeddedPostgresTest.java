package fr.etude.dossier.embeddedpg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EmbeddedPostgresTest {

    private final Path folder = traversableTempFolder();

    @AfterEach
    void cleanUp() throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** JUnit's @TempDir is private to its owner; as root the server's unprivileged user must enter it. */
    private static Path traversableTempFolder() {
        try {
            return Files.createTempDirectory("embedded-pg-test",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void keepsItsDataAcrossARestart() throws SQLException {
        Path data = folder.resolve("data");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().dataDirectory(data).start()) {
            String url = postgres.ensureDatabase("dossier");
            try (Connection connection = DriverManager.getConnection(url, postgres.superuser(), "");
                 Statement statement = connection.createStatement()) {
                statement.execute("create table note (texte text)");
                statement.execute("insert into note values ('conservée')");
            }
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().dataDirectory(data).start();
             Connection connection = DriverManager.getConnection(postgres.ensureDatabase("dossier"),
                     postgres.superuser(), "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select texte from note")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("conservée");
        }
    }

    @Test
    void offersTheExtensionsThatSearchNeeds() throws SQLException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().dataDirectory(folder.resolve("ext"))
                .deleteOnClose(true).start();
             Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"),
                     postgres.superuser(), "");
             Statement statement = connection.createStatement()) {
            statement.execute("create extension if not exists unaccent");
            statement.execute("create extension if not exists pg_trgm");
            try (ResultSet rows = statement.executeQuery(
                    "select unaccent('Lefèvre'), similarity('dupont', 'dupond') > 0.3")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("Lefevre");
                assertThat(rows.getBoolean(2)).isTrue();
            }
        }
    }
}
