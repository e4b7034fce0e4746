package fr.etude.dossier.web.echeancier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

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
    SurveillanceDesEcheanciers surveillance;

    @Autowired
    SuiviDesEcheanciers suivi;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anInstalmentUnpaidPastTheGraceDaysMakesThePlanDefaillantAndBringsTheDossierBackToday() {
        Map<String, Object> ligne = jdbc.queryForMap("""
                select id, solde, version from dossier d where statut = 'OUVERT' and solde > 300
                   and not exists (select 1 from echeancier e where e.dossier_id = d.id) order by random() limit 1
                """);
        DossierId dossier = new DossierId((UUID) ligne.get("id"));
        LocalDate aujourdhui = LocalDate.now();
        // Agreed 45 days ago, first instalment 40 days ago: past the 10 grace days, never paid.
        suivi.convenir(dossier, (Long) ligne.get("version"), Echeancier.simulerEnNombre(
                        Montant.of((java.math.BigDecimal) ligne.get("solde")), 3, Periodicite.MENSUELLE, aujourdhui.minusDays(40)),
                Optional.empty(), aujourdhui.minusDays(45), new Auteur(UtilisateurId.nouveau(), "Claire Moreau"));

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
