package fr.etude.dossier.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creance.NatureCreance;
import fr.etude.dossier.core.debiteur.DebiteurId;
import fr.etude.dossier.core.debiteur.Coordonnees;
import fr.etude.dossier.core.debiteur.Debiteur;
import fr.etude.dossier.core.dossier.Debiteurs;
import fr.etude.dossier.core.debiteur.SituationFinanciere;
import fr.etude.dossier.core.dossier.ModificationConcurrente;
import fr.etude.dossier.core.identite.Adresse;
import fr.etude.dossier.core.identite.Email;
import fr.etude.dossier.core.dossier.SituationsDesDebiteurs;
import fr.etude.dossier.core.debiteur.SolutionNegociee;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.echeancier.Echeancier;
import fr.etude.dossier.core.echeancier.Echeanciers;
import fr.etude.dossier.core.echeancier.Periodicite;
import fr.etude.dossier.core.paiement.ModePaiement;
import fr.etude.dossier.core.paiement.Paiement;
import fr.etude.dossier.core.dossier.Paiements;
import fr.etude.dossier.core.promesse.PromesseDePaiement;
import fr.etude.dossier.core.promesse.Promesses;
import fr.etude.dossier.core.reclamation.Reclamation;
import fr.etude.dossier.core.reclamation.Reclamations;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.core.demo.DonneesFictives;
import fr.etude.dossier.persistence.erreur.MessagesDeContraintes;

/** Each aggregate comes back from PostgreSQL exactly as it was stored. */
@SpringBootTest
class AggregatsAllerRetourTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 20);
    private static final Instant MOMENT = Instant.parse("2026-11-20T10:00:00Z");

    @Autowired
    Dossiers dossiers;

    @Autowired
    Paiements paiements;

    @Autowired
    Echeanciers echeanciers;

    @Autowired
    Promesses promesses;

    @Autowired
    Reclamations reclamations;

    @Autowired
    DonneesFictives generateur;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SituationsDesDebiteurs situations;

    @Autowired
    Debiteurs debiteurs;

    private DossierId dossier;

    private final Auteur clerc = new Auteur(UtilisateurId.nouveau(), "Claire Moreau");

    @BeforeEach
    void unDossier() {
        UUID debiteur = UUID.randomUUID();
        jdbc.update("""
                insert into debiteur (id, personne, civilite, nom, prenom, adresse, code_postal, ville, telephone)
                values (?, 'PHYSIQUE', 'MME', 'Roussel', 'Agnès', '3 rue des Lilas', '69003', 'Lyon', '+33612345678')
                """, debiteur);
        Dossier nouveau = Dossier.ouvrir(DossierId.nouveau(), dossiers.prochaineReference(2026),
                generateur.creerCreanciers().get(0), List.of(new DebiteurId(debiteur)),
                List.of(Creance.simple(Montant.of("900.00"), LocalDate.of(2026, 3, 1), NatureCreance.CONSOMMATION, "F-7")),
                new Auteur(UtilisateurId.nouveau(), "Test"), Instant.now());
        dossiers.ajouter(nouveau);
        dossier = nouveau.id();
    }

    @Test
    void aPaymentAndItsReversalAreStoredWithTheDossierAndMoveItsFigures() {
        Dossier lu = dossiers.parId(dossier).orElseThrow();
        Paiement cheque = lu.encaisser(new Dossier.PaiementRecu(LocalDate.of(2026, 11, 2), Montant.of("150.00"),
                ModePaiement.CHEQUE, "Chèque n°0042", false), AUJOURDHUI, clerc, MOMENT);
        dossiers.enregistrer(lu);
        assertThat(jdbc.queryForMap("select recouvre, solde, trop_percu from dossier where id = ?", dossier.value()))
                .containsEntry("recouvre", new java.math.BigDecimal("150.00"))
                .containsEntry("solde", new java.math.BigDecimal("750.00"))
                .containsEntry("trop_percu", new java.math.BigDecimal("0.00"));

        Dossier relu = dossiers.parId(dossier).orElseThrow();
        Paiement impaye = relu.contrepasser(paiements.duDossier(dossier).get(0), LocalDate.of(2026, 11, 12), "Chèque impayé",
                AUJOURDHUI, clerc, MOMENT);
        dossiers.enregistrer(relu);

        assertThat(paiements.duDossier(dossier)).containsExactly(impaye);
        assertThat(paiements.dossierDe(cheque.id())).contains(dossier);
        assertThat(jdbc.queryForMap("select recouvre, solde from dossier where id = ?", dossier.value()))
                .containsEntry("recouvre", new java.math.BigDecimal("0.00"))
                .containsEntry("solde", new java.math.BigDecimal("900.00"));
        assertThat(jdbc.queryForList("""
                select action from journal_audit where entite = 'paiement' and entite_id = ? order by id
                """, String.class, cheque.id().toString())).containsExactly("PAIEMENT", "CONTREPASSATION");
    }

    @Test
    void aTropPercuIsKeptApartOnThePaymentAndTheDossier() {
        Dossier lu = dossiers.parId(dossier).orElseThrow();
        lu.encaisser(new Dossier.PaiementRecu(LocalDate.of(2026, 11, 2), Montant.of("1000.00"), ModePaiement.VIREMENT,
                "", true), AUJOURDHUI, clerc, MOMENT);
        dossiers.enregistrer(lu);

        assertThat(paiements.duDossier(dossier).get(0).tropPercu()).isEqualTo(Montant.of("100.00"));
        assertThat(dossiers.parId(dossier).orElseThrow().soldes())
                .isEqualTo(new Dossier.Soldes(Montant.ZERO, Montant.of("900.00"), Montant.of("100.00")));
    }

    @Test
    void aReversalOfAPaymentAlreadyReversedElsewhereIsAConflict() {
        Dossier lu = dossiers.parId(dossier).orElseThrow();
        lu.encaisser(new Dossier.PaiementRecu(LocalDate.of(2026, 11, 2), Montant.of("150.00"), ModePaiement.CHEQUE, "",
                false), AUJOURDHUI, clerc, MOMENT);
        dossiers.enregistrer(lu);
        Paiement cheque = paiements.duDossier(dossier).get(0);
        Dossier premier = dossiers.parId(dossier).orElseThrow();
        Dossier second = dossiers.parId(dossier).orElseThrow();
        premier.contrepasser(cheque, AUJOURDHUI, "Chèque impayé", AUJOURDHUI, clerc, MOMENT);
        dossiers.enregistrer(premier);
        second.contrepasser(cheque, AUJOURDHUI, "Chèque impayé", AUJOURDHUI, clerc, MOMENT);

        assertThatThrownBy(() -> dossiers.enregistrer(second)).isInstanceOf(ModificationConcurrente.class);
        assertThat(jdbc.queryForObject("select solde from dossier where id = ?", java.math.BigDecimal.class, dossier.value()))
                .isEqualByComparingTo("900.00");
    }

    @Test
    void aCorrectedDebiteurKeepsTheOldAddressAndPhoneDatedAndAStaleVersionChangesNothing() {
        Debiteurs.DebiteurEnregistre lu = debiteurs.duDossier(dossier).get(0);
        Debiteur.PersonnePhysique agnes = (Debiteur.PersonnePhysique) lu.debiteur();
        Debiteur demenagee = new Debiteur.PersonnePhysique(agnes.id(), agnes.civilite(), agnes.nom(), agnes.prenom(),
                agnes.naissance(), Optional.of("Boulangerie Favre"), new Coordonnees(
                List.of(Adresse.enFrance("12 quai Perrache", "69002", "Lyon")), agnes.coordonnees().telephones(),
                List.of(new Email("agnes.roussel@exemple.fr"))));

        debiteurs.modifier(demenagee, lu.version(), AUJOURDHUI, clerc);

        assertThat(debiteurs.duDossier(dossier).get(0).debiteur()).isEqualTo(demenagee);
        assertThat(debiteurs.historique(agnes.id())).extracting(Debiteurs.CoordonneeDatee::valeur, c -> c.jusqua().isPresent())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("12 quai Perrache, 69002 Lyon", false),
                        org.assertj.core.groups.Tuple.tuple("agnes.roussel@exemple.fr", false),
                        org.assertj.core.groups.Tuple.tuple("3 rue des Lilas, 69003 Lyon", true));
        assertThatThrownBy(() -> debiteurs.modifier(agnes, lu.version(), AUJOURDHUI, clerc))
                .isInstanceOf(ModificationConcurrente.class).hasMessageStartingWith("La fiche de Mme Agnès Roussel a été modifiée par quelqu");
        assertThat(jdbc.queryForObject("select count(*) from journal_audit where entite = 'debiteur' and entite_id = ?",
                Integer.class, agnes.id().value().toString())).isEqualTo(1);
    }

    @Test
    void declarationsAndSolutionsAreKeptDatedTheLatestFirstAndAudited() {
        SituationFinanciere ancienne = new SituationFinanciere(AUJOURDHUI.minusMonths(3), Montant.of("1800.00"),
                Montant.of("950.00"), Montant.ZERO, 2, SituationFinanciere.Emploi.CDD_OU_INTERIM, "fin de contrat en mars");
        SituationFinanciere recente = new SituationFinanciere(AUJOURDHUI, Montant.of("2100.00"), Montant.of("950.00"),
                Montant.of("120.00"), 2, SituationFinanciere.Emploi.CDI, "");
        situations.declarer(dossier, recente, clerc);
        situations.declarer(dossier, ancienne, clerc);
        situations.consigner(dossier, new SolutionNegociee(SolutionNegociee.Nature.RACHAT_PAR_UN_PROCHE, AUJOURDHUI,
                Optional.of(Montant.of("1500.00")), "sa sœur rachète la créance"), clerc);

        assertThat(situations.declarations(dossier)).containsExactly(recente, ancienne);
        assertThat(situations.derniere(dossier)).contains(recente);
        assertThat(situations.solutions(dossier)).singleElement()
                .satisfies(solution -> assertThat(solution.montant()).contains(Montant.of("1500.00")));
        assertThat(jdbc.queryForObject("select count(*) from journal_audit where action in ('SITUATION_DECLAREE', "
                + "'SOLUTION_RACHAT_PAR_UN_PROCHE') and utilisateur = 'Claire Moreau'", Integer.class)).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aPaymentPlanWithItsInstalmentsAndTheFlagOnTheDossier() {
        Echeancier echeancier = Echeancier.proposer(Montant.of("900.00"),
                Echeancier.simulerEnNombre(Montant.of("900.00"), 3, Periodicite.MENSUELLE, LocalDate.of(2026, 12, 5)),
                5, Optional.of("caution de M. Roussel"));
        echeancier.accepter(AUJOURDHUI);
        echeancier.constaterVersements(Montant.of("350.00"));
        echeanciers.enregistrer(dossier, echeancier, clerc);

        Echeancier relu = echeanciers.duDossier(dossier).get(0);

        assertThat(relu.id()).isEqualTo(echeancier.id());
        assertThat(relu.echeances()).isEqualTo(echeancier.echeances());
        assertThat(relu.statut()).isEqualTo(Echeancier.Statut.EN_COURS);
        assertThat(relu.surete()).contains("caution de M. Roussel");
        assertThat(relu.accepteLe()).contains(AUJOURDHUI);
        assertThat(jdbc.queryForObject("select echeancier_en_cours from dossier where id = ?", Boolean.class,
                dossier.value())).isTrue();
    }

    @Test
    void aPromiseAndItsState() {
        PromesseDePaiement promesse = new PromesseDePaiement(AUJOURDHUI, LocalDate.of(2026, 11, 30), Montant.of("200.00"));
        promesses.ajouter(dossier, promesse, clerc);
        promesses.noterEtat(promesse, PromesseDePaiement.Etat.ROMPUE, clerc);

        assertThat(promesses.duDossier(dossier))
                .containsExactly(new Promesses.PromesseSuivie(promesse, PromesseDePaiement.Etat.ROMPUE));
    }

    @Test
    void aComplaintThroughItsStepsAndTheFlagOnTheDossierWrittenByTheDossierAlone() {
        Reclamation reclamation = Reclamation.recevoir(LocalDate.of(2026, 11, 3), "Conteste les frais de relance", 30, LocalDate.of(2026, 11, 20));
        reclamation.accuserReception(LocalDate.of(2026, 11, 4));
        reclamations.enregistrer(dossier, reclamation, clerc);
        assertThat(jdbc.queryForObject("select reclamation_ouverte from dossier where id = ?", Boolean.class,
                dossier.value())).as("the complaint's adapter never writes the dossier's row").isFalse();
        Dossier bloque = dossiers.parId(dossier).orElseThrow();
        bloque.bloquer(fr.etude.dossier.core.dossier.Blocage.RECLAMATION_OUVERTE, "Conteste les frais", clerc, MOMENT);
        dossiers.enregistrer(bloque);
        assertThat(jdbc.queryForObject("select reclamation_ouverte from dossier where id = ?", Boolean.class,
                dossier.value())).isTrue();

        reclamation.analyser("Frais non dus sans titre (art. L111-8 CPCE) : retirés.");
        reclamation.repondre("Décompte rectifié envoyé.", LocalDate.of(2026, 11, 10));
        reclamations.enregistrer(dossier, reclamation, clerc);
        Dossier debloque = dossiers.parId(dossier).orElseThrow();
        debloque.lever(fr.etude.dossier.core.dossier.Blocage.RECLAMATION_OUVERTE, "Réponse envoyée", clerc, MOMENT);
        dossiers.enregistrer(debloque);

        Reclamation relue = reclamations.duDossier(dossier).get(0);
        assertThat(relue.statut()).isEqualTo(Reclamation.Statut.REPONDUE);
        assertThat(relue.analyse()).isEqualTo(reclamation.analyse());
        assertThat(relue.reponduLe()).contains(LocalDate.of(2026, 11, 10));
        assertThat(jdbc.queryForObject("select reclamation_ouverte from dossier where id = ?", Boolean.class,
                dossier.value())).isFalse();
    }

    @Test
    void aBrokenRuleReadsInFrench() {
        try {
            jdbc.update("insert into paiement (id, dossier_id, date_paiement, montant, mode) values (?, ?, ?, 0, 'CHEQUE')",
                    UUID.randomUUID(), dossier.value(), AUJOURDHUI);
            throw new AssertionError("the database accepted a payment of 0 €");
        } catch (DataIntegrityViolationException violation) {
            assertThat(MessagesDeContraintes.pour(violation)).isEqualTo("Le montant du paiement doit être positif.");
        }
        assertThatThrownBy(() -> jdbc.update(
                "insert into paiement (id, dossier_id, date_paiement, montant, mode) values (?, ?, ?, 10, 'CHEQUE')",
                UUID.randomUUID(), UUID.randomUUID(), AUJOURDHUI))
                .isInstanceOfSatisfying(DataIntegrityViolationException.class,
                        violation -> assertThat(MessagesDeContraintes.pour(violation)).isEqualTo("Ce dossier n'existe pas."));
    }
}
