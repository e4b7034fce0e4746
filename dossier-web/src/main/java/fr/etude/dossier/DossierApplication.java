package fr.etude.dossier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Dossier: case management of a commissaire de justice's debt recovery. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DossierApplication {

    public static void main(String[] args) {
        SpringApplication.run(DossierApplication.class, args);
    }
}
