package fr.etude.dossier.web.echeancier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import fr.etude.dossier.web.DossierDeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.echeancier.Echeancier;
import fr.etude.dossier.core.echeancier.Periodicite;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

@SpringBootTest
@ActiveProfiles("demo")
class SurveillanceDesEcheanciersTest {

    @Autowired
    fr.etude.dossier.core.dossier.Dossiers dossiers;

    @Autowired
    java.time.Clock horloge;

    @Autowired
    SurveillanceDesEcheanciers surveillance;

    @Autowired
    SuiviDesEcheanciers suivi;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    fr.etude.dossier.core.echeancier.Echeanciers echeanciers;

    @Test
    void anInstalmentUnpaidPastTheGraceDaysMakesThePlanDefaillantAndBringsTheDossierBackToday() {
        Map<String, Object> ligne = jdbc.queryForMap("select id, solde, version from dossier where id = ?",
                DossierDeTest.unDossier(dossiers, jdbc, horloge).dePrincipal("950.00").creer().value());
        DossierId dossier = new DossierId((UUID) ligne.get("id"));
        LocalDate aujourdhui = LocalDate.now(horloge);
        // Agreed 45 days ago, first instalment 40 days ago: past the 10 grace days, never paid. The plan is
        // stored as it was then (today's rules would refuse a first instalment in the past).
        Montant solde = Montant.of((java.math.BigDecimal) ligne.get("solde"));
        Echeancier plan = Echeancier.proposer(solde, Echeancier.simulerEnNombre(solde, 3, Periodicite.MENSUELLE,
                aujourdhui.minusDays(40)), suivi.joursDeGrace(), Optional.empty());
        plan.accepter(aujourdhui.minusDays(45));
        echeanciers.enregistrer(dossier, plan, new Auteur(UtilisateurId.nouveau(), "Claire Moreau"));

        assertThat(surveillance.surveiller()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.queryForObject("select statut from echeancier where dossier_id = ?", String.class, dossier.value()))
                .isEqualTo("DEFAILLANT");
        assertThat(jdbc.queryForMap("select prochaine_action, prochaine_action_le, priorite, echeancier_en_cours from dossier where id = ?",
                dossier.value()))
                .containsEntry("prochaine_action", "ECHEANCE_IMPAYEE").containsEntry("priorite", 2)
                .containsEntry("prochaine_action_le", java.sql.Date.valueOf(aujourdhui))
                .containsEntry("echeancier_en_cours", false);
        assertThat(jdbc.queryForObject("select count(*) from evenement where dossier_id = ? and auteur_nom = ? and resume like ?",
                Integer.class, dossier.value(), Auteur.SURVEILLANCE.nom(), "Échéance n°1 du %impayée après 10 jours de grâce%"))
                .isEqualTo(1);
        assertThat(surveillance.surveiller()).as("a second run finds nothing new").isZero();
    }
}
