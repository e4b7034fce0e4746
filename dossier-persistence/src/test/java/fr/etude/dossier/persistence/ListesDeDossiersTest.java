package fr.etude.dossier.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.dossier.CompteursDeJournee;
import fr.etude.dossier.core.dossier.DemandeDeJournee;
import fr.etude.dossier.core.dossier.DossierResume;
import fr.etude.dossier.core.dossier.Etape;
import fr.etude.dossier.core.dossier.FiltreDeJournee;
import fr.etude.dossier.core.dossier.Indicateur;
import fr.etude.dossier.core.dossier.ProchaineAction;
import fr.etude.dossier.core.dossier.ListesDeDossiers;
import fr.etude.dossier.core.dossier.StatutDossier;
import fr.etude.dossier.core.dossier.SynthesePortefeuille;
import fr.etude.dossier.core.utilisateur.Role;
import fr.etude.dossier.core.utilisateur.Utilisateur;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.core.utilisateur.Utilisateurs;
import fr.etude.dossier.core.demo.DonneesFictives;

@SpringBootTest
class ListesDeDossiersTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 20);

    @Autowired
    DonneesFictives generateur;

    @Autowired
    ListesDeDossiers listes;

    @Autowired
    Utilisateurs utilisateurs;

    @Test
    void aCreditorListHoldsOnlyThatCreditorsDossiers() {
        List<CreancierId> creanciers = generateur.creerCreanciers();
        UtilisateurId clerc = nouveauClerc("liste.creancier");
        generateur.genererDossiers(300, creanciers, List.of(clerc), AUJOURDHUI, 42);

        CreancierId premier = creanciers.get(0);
        List<DossierResume> siens = listes.duCreancier(premier, Optional.empty(), 1000).dossiers();
        List<String> autresCreanciers = creanciers.subList(1, creanciers.size()).stream()
                .flatMap(autre -> listes.duCreancier(autre, Optional.empty(), 1000).dossiers().stream())
                .map(DossierResume::reference).toList();

        assertThat(siens).isNotEmpty();
        assertThat(siens).extracting(DossierResume::creancier).containsOnly(siens.get(0).creancier());
        assertThat(siens).extracting(DossierResume::reference).doesNotContainAnyElementsOf(autresCreanciers);

        SynthesePortefeuille synthese = listes.synthese(premier);
        assertThat(synthese.dossiers()).isEqualTo(siens.size());
        assertThat(synthese.solde()).isEqualTo(synthese.principal().moins(synthese.recouvre()));
    }

    @Test
    void theClerksDayHoldsHisOpenDossiersDueByTodayPromisesThenInstalmentsThenLargestBalance() {
        List<CreancierId> creanciers = generateur.creerCreanciers();
        UtilisateurId clerc = nouveauClerc("liste.journee");
        UtilisateurId autre = nouveauClerc("liste.autre");
        generateur.genererDossiers(400, creanciers, List.of(clerc, autre), AUJOURDHUI, 7);

        List<DossierResume> journee = listes.journee(journee(clerc, FiltreDeJournee.AUCUN), Optional.empty(), 1000).dossiers();

        assertThat(journee).isNotEmpty().allSatisfy(dossier -> {
            assertThat(dossier.statut()).isEqualTo(StatutDossier.OUVERT);
            assertThat(dossier.prochaineAction()).get().matches(date -> !date.isAfter(AUJOURDHUI));
            assertThat(dossier.gestionnaire()).contains("Clerc liste.journee");
        });
        assertThat(journee).extracting(dossier -> ProchaineAction.Type.valueOf(dossier.prochaineActionType().orElseThrow()).priorite())
                .isSorted().contains(1, 2, 3);
        for (int priorite = 1; priorite <= 3; priorite++) {
            int rang = priorite;
            assertThat(journee.stream().filter(dossier -> ProchaineAction.Type.valueOf(dossier.prochaineActionType()
                    .orElseThrow()).priorite() == rang).map(DossierResume::solde).toList())
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
    }

    @Test
    void filtersNarrowTheDayAndEachCountIsWhatItsFilterWouldShow() {
        List<CreancierId> creanciers = generateur.creerCreanciers();
        UtilisateurId clerc = nouveauClerc("liste.filtres");
        generateur.genererDossiers(400, creanciers, List.of(clerc), AUJOURDHUI, 11);
        CompteursDeJournee tout = listes.compteurs(journee(clerc, FiltreDeJournee.AUCUN));
        int toute = listes.journee(journee(clerc, FiltreDeJournee.AUCUN), Optional.empty(), 1000).dossiers().size();
        assertThat(tout.total()).isEqualTo(toute);

        FiltreDeJournee personnalise = new FiltreDeJournee(Optional.of(Etape.PERSONNALISE), Optional.empty(),
                Optional.of(Montant.of("500")), Optional.empty(), Set.of(Indicateur.ECHEANCIER_EN_COURS));
        List<DossierResume> filtres = listes.journee(journee(clerc, personnalise), Optional.empty(), 1000).dossiers();
        CompteursDeJournee compteurs = listes.compteurs(journee(clerc, personnalise));

        assertThat(filtres).isNotEmpty().allSatisfy(dossier -> {
            assertThat(dossier.etape()).isEqualTo(Etape.PERSONNALISE);
            assertThat(dossier.solde().compareTo(Montant.of("500"))).isGreaterThanOrEqualTo(0);
            assertThat(dossier.signaux().echeancierEnCours()).isTrue();
        });
        assertThat(compteurs.total()).isEqualTo(filtres.size());
        // Another stage's count is what choosing that stage would show.
        FiltreDeJournee precontentieux = new FiltreDeJournee(Optional.of(Etape.PRECONTENTIEUX), Optional.empty(),
                Optional.of(Montant.of("500")), Optional.empty(), Set.of(Indicateur.ECHEANCIER_EN_COURS));
        assertThat(compteurs.etape(Etape.PRECONTENTIEUX)).isEqualTo(
                listes.journee(journee(clerc, precontentieux), Optional.empty(), 1000).dossiers().size());
        CreancierId unCreancier = compteurs.parCreancier().keySet().iterator().next();
        FiltreDeJournee chezUn = new FiltreDeJournee(Optional.of(Etape.PERSONNALISE), Optional.of(unCreancier),
                Optional.of(Montant.of("500")), Optional.empty(), Set.of(Indicateur.ECHEANCIER_EN_COURS));
        assertThat(compteurs.parCreancier().get(unCreancier).nombre()).isEqualTo(
                listes.journee(journee(clerc, chezUn), Optional.empty(), 1000).dossiers().size());
    }

    @Test
    void aPromiseOrAMissedInstalmentIsAFilterOfItsOwn() {
        List<CreancierId> creanciers = generateur.creerCreanciers();
        UtilisateurId clerc = nouveauClerc("liste.promesses");
        generateur.genererDossiers(300, creanciers, List.of(clerc), AUJOURDHUI, 5);
        FiltreDeJournee promesses = new FiltreDeJournee(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(Indicateur.PROMESSE_ECHUE));

        List<DossierResume> dues = listes.journee(journee(clerc, promesses), Optional.empty(), 1000).dossiers();

        assertThat(dues).isNotEmpty().allSatisfy(dossier -> assertThat(dossier.indicateurs(AUJOURDHUI,
                AUJOURDHUI.plusMonths(6))).contains(Indicateur.PROMESSE_ECHUE));
        assertThat(listes.compteurs(journee(clerc, FiltreDeJournee.AUCUN)).indicateur(Indicateur.PROMESSE_ECHUE))
                .isEqualTo(dues.size());
    }

    private static DemandeDeJournee journee(UtilisateurId clerc, FiltreDeJournee filtre) {
        return new DemandeDeJournee(clerc, AUJOURDHUI, AUJOURDHUI.plusMonths(6), filtre);
    }

    private UtilisateurId nouveauClerc(String identifiant) {
        UtilisateurId id = UtilisateurId.nouveau();
        utilisateurs.creer(new Utilisateur(id, identifiant, "Clerc " + identifiant, Role.CLERK, Optional.empty(),
                true), "{noop}x");
        return id;
    }
}
