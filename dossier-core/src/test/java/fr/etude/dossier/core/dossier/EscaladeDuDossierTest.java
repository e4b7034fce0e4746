package fr.etude.dossier.core.dossier;

import fr.etude.dossier.core.regle.RegleEnfreinte;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.chiffre.ChiffreDeLaLoi;
import fr.etude.dossier.core.chiffre.LigneDeChiffre;
import fr.etude.dossier.core.chiffre.TableDuChiffre;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creance.NatureCreance;
import fr.etude.dossier.core.creance.TitreExecutoire;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.debiteur.DebiteurId;
import fr.etude.dossier.core.dossier.ContexteDEscalade;
import fr.etude.dossier.core.dossier.DecisionDEscalade;
import fr.etude.dossier.core.dossier.PolitiqueDEscalade;
import fr.etude.dossier.core.dossier.PolitiquesDEscalade;
import fr.etude.dossier.core.dossier.Procedure;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

class EscaladeDuDossierTest {

    private static final Instant MAINTENANT = Instant.parse("2026-11-20T09:30:00Z");
    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 20);
    /** 5 000 € since 1 January 2022 (art. R125-1 CPCE), and an invented 6 000 € from 1 January 2027. */
    private static final TableDuChiffre PLAFONDS = new TableDuChiffre(ChiffreDeLaLoi.PLAFOND_PETITES_CREANCES, List.of(
            new LigneDeChiffre(ChiffreDeLaLoi.PLAFOND_PETITES_CREANCES, LocalDate.of(2022, 1, 1), new BigDecimal("5000.00"),
                    "art. R125-1 CPCE", Optional.empty(), true),
            new LigneDeChiffre(ChiffreDeLaLoi.PLAFOND_PETITES_CREANCES, LocalDate.of(2027, 1, 1), new BigDecimal("6000.00"),
                    "valeur inventée pour le test", Optional.empty(), false)));
    private final Auteur clerc = new Auteur(UtilisateurId.nouveau(), "Claire Moreau");
    private final Auteur commissaire = new Auteur(UtilisateurId.nouveau(), "Me Hélène Garnier");
    private final Creance creance = Creance.simple(Montant.of("3200.00"), LocalDate.of(2026, 2, 1),
            NatureCreance.CIVILE, "Loyers impayés");

    @Test
    void aNewDossierStartsAmicableAndOpenWithItsOpeningInTheHistory() {
        Dossier dossier = nouveau(creance);

        assertThat(dossier.etape()).isEqualTo(Etape.AMIABLE);
        assertThat(dossier.statut()).isEqualTo(StatutDossier.OUVERT);
        assertThat(dossier.nouveauxEvenements()).singleElement()
                .satisfies(evenement -> assertThat(evenement.type()).isEqualTo(TypeEvenement.OUVERTURE));
    }

    @Test
    void theClerkMovesThroughTheAmicableStagesOnHisOwn() {
        Dossier dossier = nouveau(creance);

        dossier.demanderEscalade("Aucune réponse aux trois relances", contexte(), clerc, MAINTENANT);
        dossier.demanderEscalade("Échec de la négociation", contexte(), clerc, MAINTENANT);

        assertThat(dossier.etape()).isEqualTo(Etape.PRECONTENTIEUX);
        assertThat(dossier.nouveauxEvenements()).filteredOn(e -> e.type() == TypeEvenement.CHANGEMENT_ETAPE)
                .extracting(Evenement::resume)
                .containsExactly("Étape amiable → amiable personnalisé : Aucune réponse aux trois relances",
                        "Étape amiable personnalisé → précontentieux : Échec de la négociation");
    }

    @Test
    void contentieuxWaitsForTheCommissaireWhoChoosesTheProcedure() {
        Dossier dossier = auPrecontentieux(creance);

        DecisionDEscalade demande = dossier.demanderEscalade("Mise en demeure restée sans effet", contexte(), clerc, MAINTENANT);

        assertThat(demande.acceptee()).isTrue();
        assertThat(dossier.etape()).isEqualTo(Etape.PRECONTENTIEUX);
        assertThat(dossier.demandeEnAttente()).isPresent();

        dossier.approuverEscalade(Procedure.INJONCTION_DE_PAYER, contexte(), commissaire, MAINTENANT);

        assertThat(dossier.etape()).isEqualTo(Etape.CONTENTIEUX);
        assertThat(dossier.procedure()).contains(Procedure.INJONCTION_DE_PAYER);
        assertThat(dossier.demandeEnAttente()).isEmpty();
    }

    @Test
    void theSmallClaimsProcedureIsRefusedAboveTheCeilingOfL125_1() {
        Dossier dossier = auPrecontentieux(creance);
        dossier.demanderEscalade("Mise en demeure restée sans effet", contexte(), clerc, MAINTENANT);

        DecisionDEscalade refusee = dossier.approuverEscalade(Procedure.PETITES_CREANCES,
                contexte(Map.of(creance.id(), LocalDate.of(2031, 2, 1)), Montant.of("21201.02")), commissaire, MAINTENANT);

        assertThat(refusee.acceptee()).isFalse();
        assertThat(refusee.refus()).extracting(DecisionDEscalade.Refus::politique)
                .containsExactly("Plafond des petites créances (art. L125-1 CPCE)");
        // The ceiling in force on the day of the decision (20/11/2026), not the one of 2027.
        assertThat(refusee.motifs().get(0)).contains("réservée aux créances jusqu'à 5\u202f000,00\u00a0€");
        assertThat(dossier.etape()).isEqualTo(Etape.PRECONTENTIEUX);
        assertThat(dossier.demandeEnAttente()).isPresent();

        assertThat(dossier.approuverEscalade(Procedure.PETITES_CREANCES,
                contexte(Map.of(creance.id(), LocalDate.of(2031, 2, 1)), Montant.of("4999.99")), commissaire, MAINTENANT)
                .acceptee()).isTrue();
        assertThat(dossier.procedure()).contains(Procedure.PETITES_CREANCES);
    }

    @Test
    void theCommissaireMaySendTheRequestBackWithAComment() {
        Dossier dossier = auPrecontentieux(creance);
        dossier.demanderEscalade("Mise en demeure restée sans effet", contexte(), clerc, MAINTENANT);

        assertThatThrownBy(() -> dossier.renvoyerEscalade(" ", commissaire, AUJOURDHUI, MAINTENANT))
                .hasMessage("Dites au chargé pourquoi la demande lui est renvoyée.");
        dossier.renvoyerEscalade("Proposer d'abord un échéancier : le débiteur a repris un emploi.", commissaire, AUJOURDHUI, MAINTENANT);

        assertThat(dossier.demandeEnAttente()).isEmpty();
        assertThat(dossier.etape()).isEqualTo(Etape.PRECONTENTIEUX);
        assertThat(dossier.prochaineAction()).as("back in the clerk's day").contains(
                new ProchaineAction(AUJOURDHUI, ProchaineAction.Type.REVUE));
        assertThatThrownBy(() -> dossier.approuverEscalade(Procedure.ASSIGNATION, contexte(), commissaire, MAINTENANT))
                .isInstanceOf(RegleEnfreinte.class).hasMessageContaining("n'a pas de demande de passage au contentieux");
    }

    @Test
    void anOpenComplaintStopsEscalation() {
        Dossier dossier = auPrecontentieux(creance);
        dossier.bloquer(Blocage.RECLAMATION_OUVERTE, "Le débiteur conteste le calcul des frais", clerc, MAINTENANT);

        DecisionDEscalade decision = dossier.demanderEscalade("Relances sans effet", contexte(), clerc, MAINTENANT);

        assertThat(decision.acceptee()).isFalse();
        assertThat(decision.motifs()).containsExactly("réclamation ouverte");
        assertThat(dossier.etape()).isEqualTo(Etape.PRECONTENTIEUX);
        assertThat(dossier.nouveauxEvenements()).last().extracting(Evenement::resume)
                .isEqualTo("Passage à l'étape contentieux refusé : réclamation ouverte.");
    }

    @Test
    void surendettementSuspendsTheDossierAndStopsEscalationUntilLifted() {
        Dossier dossier = auPrecontentieux(creance);

        dossier.bloquer(Blocage.SURENDETTEMENT, "Recevabilité notifiée par la commission", clerc, MAINTENANT);

        assertThat(dossier.statut()).isEqualTo(StatutDossier.SUSPENDU);
        assertThat(dossier.demanderEscalade("Relances sans effet", contexte(), clerc, MAINTENANT).motifs())
                .containsExactly("dossier suspendu : surendettement recevable (art. L722-2 C. conso.)");
        dossier.lever(Blocage.SURENDETTEMENT, "Plan de la commission caduc", clerc, MAINTENANT);
        assertThat(dossier.statut()).isEqualTo(StatutDossier.OUVERT);
    }

    @Test
    void aTimeBarredCreanceCannotGoToCourt() {
        Dossier dossier = auPrecontentieux(creance);
        ContexteDEscalade contexte = contexte(Map.of(creance.id(), LocalDate.of(2026, 3, 12)), Montant.of("3200.00"));

        assertThat(dossier.demanderEscalade("Relances sans effet", contexte, clerc, MAINTENANT).motifs())
                .containsExactly("créance prescrite le 12/03/2026");
    }

    @Test
    void enforcementNeedsATitreExecutoire() {
        Dossier sansTitre = auContentieux(creance);
        assertThat(sansTitre.demanderEscalade("Jugement obtenu", contexte(), clerc, MAINTENANT).motifs())
                .containsExactly("titre exécutoire absent");

        Creance jugee = creance.avecTitre(new TitreExecutoire(TitreExecutoire.TypeTitre.ORDONNANCE_INJONCTION_DE_PAYER,
                "Tribunal judiciaire de Lyon", LocalDate.of(2026, 9, 1), Optional.of(LocalDate.of(2026, 9, 15))));
        Dossier avecTitre = auContentieux(jugee);
        assertThat(avecTitre.demanderEscalade("Ordonnance signifiée, non frappée d'opposition", contexte(), clerc,
                MAINTENANT).acceptee()).isTrue();
        assertThat(avecTitre.etape()).isEqualTo(Etape.EXECUTION);
    }

    @Test
    void theCommissaireSeesTheRiskFlags() {
        Dossier dossier = auPrecontentieux(creance);
        ContexteDEscalade contexte = contexte(Map.of(creance.id(), LocalDate.of(2027, 2, 1)), Montant.of("380.00"));

        DecisionDEscalade decision = dossier.demanderEscalade("Relances sans effet", contexte, clerc, MAINTENANT);

        assertThat(decision.acceptee()).isTrue();
        assertThat(decision.avertissements()).containsExactly(
                "prescription proche : le 01/02/2027",
                "solde (380,00\u00a0€) inférieur au coût estimé des poursuites (450,00\u00a0€)",
                "éligible à la procédure simplifiée des petites créances (jusqu'à 5\u202f000,00\u00a0€, art. L125-1 CPCE)");
    }

    @Test
    void aClosedDossierNoLongerChanges() {
        Dossier dossier = nouveau(creance);
        dossier.clore(MotifCloture.RETIRE, "Le créancier retire son mandat", clerc, MAINTENANT);

        assertThatThrownBy(() -> dossier.planifier(new ProchaineAction(AUJOURDHUI, ProchaineAction.Type.APPEL), clerc, MAINTENANT))
                .isInstanceOf(RegleEnfreinte.class)
                .hasMessage("Le dossier 2026-000123 est clos (retiré par le créancier) : il ne peut plus recevoir une prochaine action.");
        assertThat(dossier.demanderEscalade("Relances", contexte(), clerc, MAINTENANT).motifs()).containsExactly("dossier clos");
    }

    @Test
    void aRequestMustBeJustifiedAndNotDuplicated() {
        Dossier dossier = auPrecontentieux(creance);

        assertThatThrownBy(() -> dossier.demanderEscalade("", contexte(), clerc, MAINTENANT))
                .hasMessage("Une demande de passage à l'étape suivante doit être justifiée.");
        dossier.demanderEscalade("Relances sans effet", contexte(), clerc, MAINTENANT);
        assertThatThrownBy(() -> dossier.demanderEscalade("Encore", contexte(), clerc, MAINTENANT))
                .isInstanceOf(RegleEnfreinte.class).hasMessageContaining("attend déjà la décision du commissaire");
    }

    @Test
    void thePoliciesAreNamedAndListable() {
        assertThat(PolitiquesDEscalade.toutes()).extracting(PolitiqueDEscalade::nom).contains(
                "Étape suivante seulement", "Dossier ouvert", "Pas de réclamation ouverte", "Créances non prescrites",
                "Titre exécutoire pour l'exécution forcée (art. L111-2 CPCE)");
    }

    private Dossier nouveau(Creance laCreance) {
        return Dossier.ouvrir(DossierId.nouveau(), ReferenceDossier.de(2026, 123), CreancierId.nouveau(),
                List.of(DebiteurId.nouveau()), List.of(laCreance), clerc, MAINTENANT);
    }

    private Dossier auPrecontentieux(Creance laCreance) {
        Dossier dossier = nouveau(laCreance);
        dossier.demanderEscalade("Relances sans effet", contexte(), clerc, MAINTENANT);
        dossier.demanderEscalade("Négociation échouée", contexte(), clerc, MAINTENANT);
        return dossier;
    }

    @Test
    void theSmallClaimsProcedureIsOfferedOnlyUpToTheCeilingInForceOnTheDay() {
        assertThat(PolitiquesDEscalade.proceduresPermises(contexte(Map.of(), Montant.of("5000.00"))))
                .containsExactly(Procedure.INJONCTION_DE_PAYER, Procedure.PETITES_CREANCES, Procedure.ASSIGNATION);
        assertThat(PolitiquesDEscalade.proceduresPermises(contexte(Map.of(), Montant.of("21201.02"))))
                .as("art. L125-1 and R125-1 CPCE: 5 000 € on 20/11/2026")
                .containsExactly(Procedure.INJONCTION_DE_PAYER, Procedure.ASSIGNATION);
    }

    @Test
    void theChecklistStatesEachPointWithItsFacts() {
        Creance miseEnDemeure = creance.avecMiseEnDemeure(LocalDate.of(2026, 11, 10));
        Dossier dossier = auPrecontentieux(miseEnDemeure);
        dossier.bloquer(Blocage.CONTESTATION, "Conteste le décompte", clerc, MAINTENANT);

        List<ControleDEscalade.Point> points = ControleDEscalade.pour(dossier,
                contexte(Map.of(miseEnDemeure.id(), LocalDate.of(2031, 2, 1)), Montant.of("300.00")));

        assertThat(points).extracting(ControleDEscalade.Point::etat).containsExactly(
                ControleDEscalade.Etat.SATISFAIT, ControleDEscalade.Etat.NON_SATISFAIT, ControleDEscalade.Etat.SATISFAIT,
                ControleDEscalade.Etat.SATISFAIT, ControleDEscalade.Etat.NON_SATISFAIT, ControleDEscalade.Etat.A_SAVOIR);
        assertThat(points).extracting(ControleDEscalade.Point::constat).containsExactly(
                "mise en demeure du 10/11/2026, délai de 8 jours écoulé le 18/11/2026",
                "créance contestée par le débiteur",
                "aucune suspension",
                "première prescription le 01/02/2031",
                "solde 300,00\u00a0€ inférieur au coût estimé de 450,00\u00a0€",
                "pas de titre : une procédure doit l'obtenir");
        assertThat(ControleDEscalade.conforme(points)).isFalse();
    }

    @Test
    void aMiseEnDemeureWhoseDelayStillRunsOrNoneAtAllIsNotSatisfied() {
        Creance recente = creance.avecMiseEnDemeure(LocalDate.of(2026, 11, 15));
        ControleDEscalade.Point enCours = ControleDEscalade.pour(auPrecontentieux(recente),
                contexte(Map.of(), Montant.of("3200.00"))).get(0);
        ControleDEscalade.Point absente = ControleDEscalade.pour(auPrecontentieux(creance),
                contexte(Map.of(), Montant.of("3200.00"))).get(0);

        assertThat(enCours.etat()).isEqualTo(ControleDEscalade.Etat.NON_SATISFAIT);
        assertThat(enCours.constat()).isEqualTo("mise en demeure du 15/11/2026, délai de 8 jours : il court jusqu'au 23/11/2026");
        assertThat(absente.constat()).isEqualTo("aucune mise en demeure enregistrée");
        assertThat(enCours.fondement()).isEqualTo("art. 1344 et 1231-6 C. civ.");
    }

    private Dossier auContentieux(Creance laCreance) {
        Dossier dossier = auPrecontentieux(laCreance);
        dossier.demanderEscalade("Mise en demeure sans effet", contexte(), clerc, MAINTENANT);
        dossier.approuverEscalade(Procedure.INJONCTION_DE_PAYER, contexte(), commissaire, MAINTENANT);
        return dossier;
    }

    private ContexteDEscalade contexte() {
        return contexte(Map.of(creance.id(), LocalDate.of(2031, 2, 1)), Montant.of("8200.00"));
    }

    private static ContexteDEscalade contexte(Map<fr.etude.dossier.core.creance.CreanceId, LocalDate> prescriptions,
                                              Montant solde) {
        return new ContexteDEscalade(AUJOURDHUI, solde, prescriptions, Montant.euros(450), PLAFONDS, Period.ofMonths(6), 8);
    }
}
