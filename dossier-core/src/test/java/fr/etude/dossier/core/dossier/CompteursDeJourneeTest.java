package fr.etude.dossier.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creancier.CreancierId;

class CompteursDeJourneeTest {

    private static final CreancierId ENERGIE = new CreancierId(UUID.randomUUID());
    private static final CreancierId BANQUE = new CreancierId(UUID.randomUUID());
    private static final List<CompteursDeJournee.Groupe> GROUPES = List.of(
            new CompteursDeJournee.Groupe(Etape.AMIABLE, ENERGIE, "Énergies du Rhône", Set.of(Indicateur.PROMESSE_ECHUE), 4),
            new CompteursDeJournee.Groupe(Etape.AMIABLE, BANQUE, "Banque Atlantique", Set.of(), 10),
            new CompteursDeJournee.Groupe(Etape.PERSONNALISE, ENERGIE, "Énergies du Rhône",
                    Set.of(Indicateur.ECHEANCIER_EN_COURS, Indicateur.ECHEANCE_IMPAYEE), 3),
            new CompteursDeJournee.Groupe(Etape.PERSONNALISE, BANQUE, "Banque Atlantique", Set.of(Indicateur.SURENDETTEMENT), 1));

    @Test
    void withoutFilterEveryCountIsItsShareOfTheDay() {
        CompteursDeJournee compteurs = CompteursDeJournee.depuis(GROUPES, FiltreDeJournee.AUCUN);

        assertThat(compteurs.total()).isEqualTo(18);
        assertThat(compteurs.etape(Etape.AMIABLE)).isEqualTo(14);
        assertThat(compteurs.etape(Etape.CONTENTIEUX)).isZero();
        assertThat(compteurs.parCreancier().get(ENERGIE).nombre()).isEqualTo(7);
        assertThat(compteurs.indicateur(Indicateur.ECHEANCE_IMPAYEE)).isEqualTo(3);
        assertThat(compteurs.parCreancier().values()).extracting(CompteursDeJournee.Creancier::nom)
                .as("créanciers by name").containsExactly("Banque Atlantique", "Énergies du Rhône");
    }

    @Test
    void aCountIgnoresTheChoiceOfItsOwnGroupButHonoursTheOthers() {
        FiltreDeJournee amiableChezEnergie = new FiltreDeJournee(Optional.of(Etape.AMIABLE), Optional.of(ENERGIE),
                Optional.empty(), Optional.empty(), Set.of());

        CompteursDeJournee compteurs = CompteursDeJournee.depuis(GROUPES, amiableChezEnergie);

        assertThat(compteurs.total()).isEqualTo(4);
        assertThat(compteurs.etape(Etape.PERSONNALISE)).as("what choosing personnalisé would show").isEqualTo(3);
        assertThat(compteurs.parCreancier().get(BANQUE).nombre()).as("what choosing the bank would show").isEqualTo(10);
        assertThat(compteurs.indicateur(Indicateur.PROMESSE_ECHUE)).isEqualTo(4);
    }

    @Test
    void indicatorsAddUp() {
        FiltreDeJournee echeanciers = new FiltreDeJournee(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(Indicateur.ECHEANCIER_EN_COURS));

        CompteursDeJournee compteurs = CompteursDeJournee.depuis(GROUPES, echeanciers);

        assertThat(compteurs.total()).isEqualTo(3);
        assertThat(compteurs.indicateur(Indicateur.ECHEANCE_IMPAYEE)).isEqualTo(3);
        assertThat(compteurs.indicateur(Indicateur.PROMESSE_ECHUE)).isZero();
        assertThat(compteurs.etape(Etape.AMIABLE)).isZero();
    }

    @Test
    void aLinesIndicatorsFollowItsActionAndFlags() {
        LocalDate jour = LocalDate.of(2026, 11, 23);
        DossierResume promesse = ligne(jour, "RAPPEL_PROMESSE",
                new DossierResume.Signaux(true, false, false, Optional.of(jour.plusMonths(2))));
        DossierResume plusTard = ligne(jour.plusDays(1), "RAPPEL_PROMESSE", DossierResume.Signaux.AUCUN);

        assertThat(promesse.indicateurs(jour, jour.plusMonths(6))).containsExactlyInAnyOrder(Indicateur.PROMESSE_ECHUE,
                Indicateur.ECHEANCIER_EN_COURS, Indicateur.PRESCRIPTION_PROCHE);
        assertThat(plusTard.indicateurs(jour, jour.plusMonths(6))).as("a promise not yet due").isEmpty();
    }

    @Test
    void aMinimumAboveTheMaximumIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FiltreDeJournee(Optional.empty(), Optional.empty(),
                        Optional.of(Montant.of("500")), Optional.of(Montant.of("100")), Set.of()))
                .hasMessage("Le solde minimum dépasse le solde maximum.");
    }

    private static DossierResume ligne(LocalDate action, String type, DossierResume.Signaux signaux) {
        return new DossierResume(new DossierId(UUID.randomUUID()), "2026-000001", "Lefèvre Marie", "Énergies du Rhône",
                Etape.AMIABLE, StatutDossier.OUVERT, Montant.of("100"), Montant.of("0"), Montant.of("100"),
                Optional.of(action), Optional.of(type), Optional.empty(), signaux);
    }
}
