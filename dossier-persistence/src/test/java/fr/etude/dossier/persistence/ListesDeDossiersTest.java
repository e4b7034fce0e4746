package fr.etude.dossier.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.dossier.DossierResume;
import fr.etude.dossier.core.dossier.ListesDeDossiers;
import fr.etude.dossier.core.dossier.StatutDossier;
import fr.etude.dossier.core.dossier.SynthesePortefeuille;
import fr.etude.dossier.core.utilisateur.Role;
import fr.etude.dossier.core.utilisateur.Utilisateur;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.core.utilisateur.Utilisateurs;
import fr.etude.dossier.persistence.demo.GenerateurDeDonnees;

@SpringBootTest
class ListesDeDossiersTest {

    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 20);

    @Autowired
    GenerateurDeDonnees generateur;

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
    void theClerksDayHoldsHisOpenDossiersDueByTodayMostOverdueFirst() {
        List<CreancierId> creanciers = generateur.creerCreanciers();
        UtilisateurId clerc = nouveauClerc("liste.journee");
        UtilisateurId autre = nouveauClerc("liste.autre");
        generateur.genererDossiers(200, creanciers, List.of(clerc, autre), AUJOURDHUI, 7);

        List<DossierResume> journee = listes.journee(clerc, AUJOURDHUI, Optional.empty(), 1000).dossiers();

        assertThat(journee).isNotEmpty().allSatisfy(dossier -> {
            assertThat(dossier.statut()).isEqualTo(StatutDossier.OUVERT);
            assertThat(dossier.prochaineAction()).get().matches(date -> !date.isAfter(AUJOURDHUI));
            assertThat(dossier.gestionnaire()).contains("Clerc liste.journee");
        });
        assertThat(journee).extracting(dossier -> dossier.prochaineAction().orElseThrow()).isSorted();
    }

    private UtilisateurId nouveauClerc(String identifiant) {
        UtilisateurId id = UtilisateurId.nouveau();
        utilisateurs.creer(new Utilisateur(id, identifiant, "Clerc " + identifiant, Role.CLERK, Optional.empty(),
                true, Optional.empty()), "{noop}x");
        return id;
    }
}
