package fr.etude.dossier.web.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.demo.DonneesFictives;
import fr.etude.dossier.core.utilisateur.Role;
import fr.etude.dossier.core.utilisateur.Utilisateur;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.core.utilisateur.Utilisateurs;

/**
 * {@code --dossier.generateur.dossiers=1000000}: fills the database with that many more dossiers
 * (for benchmarks), assigned to the clerks, after the demo data if that profile is on.
 * {@code --dossier.generateur.clercs=198} first adds that many clerks ({@code clerc-001}…, password
 * {@code demo}), so that each clerk's workload stays what an office gives one person.
 */
@Component
@Order(2)
@ConditionalOnProperty("dossier.generateur.dossiers")
class GenerationALaDemande implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GenerationALaDemande.class);

    private final DonneesFictives generateur;
    private final Utilisateurs utilisateurs;
    private final Clock horloge;
    private final PasswordEncoder motsDePasse;
    private final int nombre;
    private final int clercsEnPlus;
    private final long graine;

    GenerationALaDemande(DonneesFictives generateur, Utilisateurs utilisateurs, Clock horloge,
                         PasswordEncoder motsDePasse, @Value("${dossier.generateur.dossiers}") int nombre,
                         @Value("${dossier.generateur.clercs:0}") int clercsEnPlus,
                         @Value("${dossier.generateur.graine:1}") long graine) {
        this.generateur = generateur;
        this.utilisateurs = utilisateurs;
        this.horloge = horloge;
        this.motsDePasse = motsDePasse;
        this.nombre = nombre;
        this.clercsEnPlus = clercsEnPlus;
        this.graine = graine;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        List<CreancierId> creanciers = generateur.creerCreanciers();
        String motDePasse = motsDePasse.encode("demo");
        for (int rang = 1; rang <= clercsEnPlus; rang++) {
            String identifiant = String.format("clerc-%03d", rang);
            if (utilisateurs.pourConnexion(identifiant).isEmpty()) {
                utilisateurs.creer(new Utilisateur(UtilisateurId.nouveau(), identifiant, "Clerc " + rang, Role.CLERK,
                        Optional.empty(), true), motDePasse);
            }
        }
        List<UtilisateurId> clercs = utilisateurs.tous().stream()
                .filter(utilisateur -> utilisateur.role() == Role.CLERK).map(Utilisateur::id).toList();
        long debut = System.nanoTime();
        generateur.genererDossiers(nombre, creanciers, clercs, LocalDate.now(horloge), graine);
        log.info("{} dossiers générés en {} s", nombre, (System.nanoTime() - debut) / 1_000_000_000);
    }
}
