package fr.etude.dossier.web.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.utilisateur.Role;
import fr.etude.dossier.core.utilisateur.Utilisateur;
import fr.etude.dossier.core.utilisateur.Utilisateurs;
import fr.etude.dossier.persistence.demo.GenerateurDeDonnees;

/**
 * {@code --dossier.generateur.dossiers=1000000}: fills the database with that many more dossiers
 * (for benchmarks), assigned to the existing clerks, after the demo data if that profile is on.
 */
@Component
@Order(2)
@ConditionalOnProperty("dossier.generateur.dossiers")
class GenerationALaDemande implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GenerationALaDemande.class);

    private final GenerateurDeDonnees generateur;
    private final Utilisateurs utilisateurs;
    private final Clock horloge;
    private final int nombre;
    private final long graine;

    GenerationALaDemande(GenerateurDeDonnees generateur, Utilisateurs utilisateurs, Clock horloge,
                         @Value("${dossier.generateur.dossiers}") int nombre,
                         @Value("${dossier.generateur.graine:1}") long graine) {
        this.generateur = generateur;
        this.utilisateurs = utilisateurs;
        this.horloge = horloge;
        this.nombre = nombre;
        this.graine = graine;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<CreancierId> creanciers = generateur.creerCreanciers();
        List<fr.etude.dossier.core.utilisateur.UtilisateurId> clercs = utilisateurs.tous().stream()
                .filter(utilisateur -> utilisateur.role() == Role.CLERK).map(Utilisateur::id).toList();
        long debut = System.nanoTime();
        generateur.genererDossiers(nombre, creanciers, clercs, LocalDate.now(horloge), graine);
        log.info("{} dossiers générés en {} s", nombre, (System.nanoTime() - debut) / 1_000_000_000);
    }
}
