package fr.etude.dossier.persistence;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The persistence module alone, as a Spring Boot application for its tests. */
@SpringBootApplication
public class PersistenceTestApplication {
}
