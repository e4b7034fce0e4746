package fr.etude.dossier.embeddedpg;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries of this platform, taken from the zonky archive on the class path and
 * extracted once into a shared cache folder (several JVMs may race for it: a file lock orders them).
 */
final class PostgresBinaries {

    private static final String COMPLETE_MARKER = ".extracted";

    private PostgresBinaries() {
    }

    /** Returns the folder holding {@code bin/}, {@code lib/} and {@code share/}. */
    static Path extracted(Path cacheRoot) {
        String archive = archiveName();
        URL resource = PostgresBinaries.class.getClassLoader().getResource(archive);
        if (resource == null) {
            throw new IllegalStateException("No embedded PostgreSQL binaries for this platform (" + archive
                    + " is not on the class path). Set SPRING_DATASOURCE_URL to use a PostgreSQL server instead.");
        }
        Path target = cacheRoot.resolve(cacheKey(resource, archive));
        try {
            Files.createDirectories(cacheRoot);
            if (Files.exists(target.resolve(COMPLETE_MARKER))) {
                return target;
            }
            try (FileChannel lockChannel = FileChannel.open(cacheRoot.resolve(target.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = lockChannel.lock()) {
                if (!Files.exists(target.resolve(COMPLETE_MARKER))) {
                    extract(resource, target);
                    Files.createFile(target.resolve(COMPLETE_MARKER));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not extract the PostgreSQL binaries into " + target, e);
        }
    }

    static String archiveName() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String system;
        if (os.contains("linux")) {
            system = "linux";
        } else if (os.contains("mac") || os.contains("darwin")) {
            system = "darwin";
        } else {
            throw new IllegalStateException("The embedded PostgreSQL runs on Linux and macOS; on " + os
                    + " set SPRING_DATASOURCE_URL to use a PostgreSQL server.");
        }
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String architecture = switch (arch) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "arm_64";
            default -> throw new IllegalStateException("No embedded PostgreSQL binaries for the " + arch
                    + " architecture: set SPRING_DATASOURCE_URL to use a PostgreSQL server.");
        };
        return "postgres-" + system + "-" + architecture + ".txz";
    }

    private static String cacheKey(URL resource, String archive) {
        // The jar's path names the binaries' version, so a new version gets a new folder.
        return archive.replace(".txz", "") + "-" + Integer.toHexString(resource.toString().hashCode());
    }

    private static void extract(URL resource, Path target) throws IOException {
        Files.createDirectories(target);
        try (InputStream in = new BufferedInputStream(resource.openStream());
             TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(in))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path destination = target.resolve(entry.getName()).normalize();
                if (!destination.startsWith(target)) {
                    throw new IOException("Archive entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(destination.getParent());
                    Files.deleteIfExists(destination);
                    Files.createSymbolicLink(destination, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(destination.getParent());
                    Files.copy(tar, destination, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(destination, permissions(entry.getMode()));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.of(PosixFilePermission.OWNER_READ,
                PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);
        if ((mode & 0100) != 0) {
            permissions.addAll(EnumSet.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE));
        }
        return permissions;
    }
}
