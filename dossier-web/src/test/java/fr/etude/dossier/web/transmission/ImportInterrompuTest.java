package fr.etude.dossier.web.transmission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.transmission.Imports;
import fr.etude.dossier.core.transmission.Transmissions;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

/**
 * A file is imported whole or not at all: a failure after some of its dossiers were written leaves
 * none of them, and a worker that dies leaves its file to be taken up again, then imported once.
 * One dossier per batch here, so that "midway" is a real point of the file.
 */
@SpringBootTest(properties = "dossier.import.lot=1")
@ActiveProfiles("demo")
@Import(ImportInterrompuTest.EnPanne.class)
class ImportInterrompuTest {

    /** The real writer, which breaks down at its second batch when armed. */
    @TestConfiguration
    static class EnPanne {

        static final java.util.concurrent.atomic.AtomicInteger LOTS_AVANT_LA_PANNE = new java.util.concurrent.atomic.AtomicInteger(-1);

        @Bean
        @Primary
        Transmissions transmissionsEnPanne(@Qualifier("transmissionsJdbc") Transmissions vraies) {
            return new Transmissions() {
                @Override
                public boolean verrouiller(CreancierId creancier) {
                    return vraies.verrouiller(creancier);
                }

                @Override
                public java.util.Set<String> dejaTransmises(CreancierId creancier, java.util.Collection<String> references) {
                    return vraies.dejaTransmises(creancier, references);
                }

                @Override
                public int numeros(int annee, int nombre) {
                    return vraies.numeros(annee, nombre);
                }

                @Override
                public void enregistrer(CreancierId creancier, java.util.List<fr.etude.dossier.core.transmission.DossierTransmis.Ouverture> ouvertures) {
                    if (LOTS_AVANT_LA_PANNE.getAndDecrement() == 0) {
                        throw new IllegalStateException("panne simulée");
                    }
                    vraies.enregistrer(creancier, ouvertures);
                }
            };
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Imports imports;

    @Autowired
    TraitementDesImports traitement;

    @Autowired
    Clock horloge;

    private CreancierId creancier;
    private Auteur auteur;
    private String prefixe;

    @BeforeEach
    void leCreancierDeLaDemo() {
        Map<String, Object> utilisateur = jdbc.queryForMap("select id, nom_affiche, creancier_id from utilisateur where identifiant = 'creancier'");
        creancier = new CreancierId((UUID) utilisateur.get("creancier_id"));
        auteur = new Auteur(new UtilisateurId((UUID) utilisateur.get("id")), (String) utilisateur.get("nom_affiche"));
        prefixe = "K" + UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    @Test
    void aFailureAfterTheFirstDossiersLeavesNoneOfThemAndSaysSoInFrench() {
        EnPanne.LOTS_AVANT_LA_PANNE.set(1);
        UUID id = deposer(3);

        assertThat(traitement.traiterUn()).isTrue();

        assertThat(jdbc.queryForMap("select etat, crees, echec from import_de_dossiers where id = ?", id))
                .containsEntry("etat", "ECHOUE").containsEntry("crees", 0);
        assertThat(jdbc.queryForObject("select echec from import_de_dossiers where id = ?", String.class, id))
                .startsWith("Une erreur inattendue a interrompu l'import");
        assertThat(jdbc.queryForObject("select count(*) from dossier where reference_creancier like ?", Integer.class, prefixe + "%"))
                .isZero();
    }

    @Test
    void aFileWhoseWorkerDiedIsTakenUpOnceItsSignOfLifeIsStaleAndImportedOnce() {
        EnPanne.LOTS_AVANT_LA_PANNE.set(-1);
        UUID id = deposer(3);
        // A worker takes it, then dies: its transaction, and whatever it wrote, died with it.
        Optional<Imports.AFaire> pris = imports.prendre(horloge.instant(), horloge.instant().minusSeconds(120));
        assertThat(pris).map(Imports.AFaire::id).contains(id);

        assertThat(traitement.traiterUn()).as("taken by a living worker").isFalse();
        jdbc.update("update import_de_dossiers set battement = battement - interval '3 minutes' where id = ?", id);
        assertThat(traitement.traiterUn()).isTrue();

        assertThat(jdbc.queryForMap("select etat, crees from import_de_dossiers where id = ?", id))
                .containsEntry("etat", "TERMINE").containsEntry("crees", 3);
        assertThat(jdbc.queryForObject("select count(*) from dossier where reference_creancier like ?", Integer.class, prefixe + "%"))
                .isEqualTo(3);
    }

    private UUID deposer(int lignes) {
        StringBuilder fichier = new StringBuilder("reference;nom;nature;principal;exigibilite\r\n");
        for (int i = 1; i <= lignes; i++) {
            fichier.append(prefixe).append(i).append(";Durand;civile;100;01/06/2026\r\n");
        }
        return imports.deposer(new Imports.Depot(creancier, auteur, horloge.instant(), "panne.csv",
                fichier.toString().getBytes(StandardCharsets.UTF_8), Imports.Mode.LIGNES_VALIDES));
    }
}
