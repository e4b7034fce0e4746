package fr.etude.dossier.core.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
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
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.Blocage;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.ReferenceDossier;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

/** Each deadline an act starts, counted per art. 641 and moved per art. 642 CPC, and each act the law refuses, with its article. */
class ReglesDesActesTest {

    private static final LocalDateTime MAINTENANT = LocalDateTime.of(2026, 11, 20, 10, 30);
    private static final Auteur COMMISSAIRE = new Auteur(UtilisateurId.nouveau(), "Me Hélène Garnier");
    private static final Map<ChiffreDeLaLoi, TableDuChiffre> LOI = Map.of(
            ChiffreDeLaLoi.DELAI_SIGNIFICATION_INJONCTION, table(ChiffreDeLaLoi.DELAI_SIGNIFICATION_INJONCTION,
                    ligne(ChiffreDeLaLoi.DELAI_SIGNIFICATION_INJONCTION, LocalDate.of(2000, 1, 1), 6),
                    ligne(ChiffreDeLaLoi.DELAI_SIGNIFICATION_INJONCTION, LocalDate.of(2026, 4, 1), 3)),
            ChiffreDeLaLoi.DELAI_OPPOSITION_INJONCTION, table(ChiffreDeLaLoi.DELAI_OPPOSITION_INJONCTION,
                    ligne(ChiffreDeLaLoi.DELAI_OPPOSITION_INJONCTION, LocalDate.of(2000, 1, 1), 1)),
            ChiffreDeLaLoi.DELAI_COMMANDEMENT_SAISIE_VENTE, table(ChiffreDeLaLoi.DELAI_COMMANDEMENT_SAISIE_VENTE,
                    ligne(ChiffreDeLaLoi.DELAI_COMMANDEMENT_SAISIE_VENTE, LocalDate.of(2012, 6, 1), 8)),
            ChiffreDeLaLoi.DELAI_DENONCIATION_SAISIE_ATTRIBUTION, table(ChiffreDeLaLoi.DELAI_DENONCIATION_SAISIE_ATTRIBUTION,
                    ligne(ChiffreDeLaLoi.DELAI_DENONCIATION_SAISIE_ATTRIBUTION, LocalDate.of(2012, 6, 1), 8)),
            ChiffreDeLaLoi.DELAI_CONTESTATION_SAISIE_ATTRIBUTION, table(ChiffreDeLaLoi.DELAI_CONTESTATION_SAISIE_ATTRIBUTION,
                    ligne(ChiffreDeLaLoi.DELAI_CONTESTATION_SAISIE_ATTRIBUTION, LocalDate.of(2012, 6, 1), 1)),
            ChiffreDeLaLoi.HEURE_PREMIER_ACTE, table(ChiffreDeLaLoi.HEURE_PREMIER_ACTE,
                    ligne(ChiffreDeLaLoi.HEURE_PREMIER_ACTE, LocalDate.of(2012, 6, 1), 6)),
            ChiffreDeLaLoi.HEURE_DERNIER_ACTE, table(ChiffreDeLaLoi.HEURE_DERNIER_ACTE,
                    ligne(ChiffreDeLaLoi.HEURE_DERNIER_ACTE, LocalDate.of(2012, 6, 1), 21)));

    private final Creance sansTitre = Creance.simple(Montant.of("3200.00"), LocalDate.of(2025, 2, 1), NatureCreance.CIVILE, "F-1");
    private final Creance avecTitre = sansTitre.avecTitre(new TitreExecutoire(TitreExecutoire.TypeTitre.ORDONNANCE_INJONCTION_DE_PAYER,
            "tribunal judiciaire de Lyon", LocalDate.of(2025, 9, 1), Optional.of(LocalDate.of(2025, 9, 15))));
    private final List<Acte> actes = new ArrayList<>();

    @Test
    void theOrderMustBeServedWithinTheDelayInForceOnItsDateArt1411() {
        Acte avant = acte(NatureDActe.ORDONNANCE_INJONCTION_DE_PAYER, LocalDateTime.of(2026, 3, 10, 0, 0), dossier(sansTitre), false);
        Acte apres = acte(NatureDActe.ORDONNANCE_INJONCTION_DE_PAYER, LocalDateTime.of(2026, 4, 15, 0, 0), dossier(sansTitre), false);

        assertThat(avant.echeance()).hasValueSatisfying(echeance -> {
            assertThat(echeance.le()).isEqualTo(LocalDate.of(2026, 9, 10));
            assertThat(echeance.article()).isEqualTo("art. 1411 CPC");
            assertThat(echeance.type()).isEqualTo(NatureDActe.TypeDeDelai.A_FAIRE_AVANT);
        });
        assertThat(apres.echeance().orElseThrow().le()).as("3 months for an order of 15/04/2026").isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(avant.echeance().orElseThrow().depassee(LocalDate.of(2026, 9, 11))).isTrue();
        assertThat(avant.echeance().orElseThrow().depassee(LocalDate.of(2026, 9, 10))).isFalse();
    }

    @Test
    void theOppositionPeriodEndingOnASundayRunsToMondayArt1416And642() {
        Dossier dossier = dossier(sansTitre);
        actes.add(acte(NatureDActe.ORDONNANCE_INJONCTION_DE_PAYER, LocalDateTime.of(2026, 10, 1, 0, 0), dossier, false));

        Acte signification = acte(NatureDActe.SIGNIFICATION_INJONCTION_DE_PAYER, LocalDateTime.of(2026, 11, 13, 10, 0), dossier, false);

        // 13/12/2026 is a Sunday.
        assertThat(signification.echeance().orElseThrow().le()).isEqualTo(LocalDate.of(2026, 12, 14));
        assertThat(signification.echeance().orElseThrow().article()).isEqualTo("art. 1416 CPC");
    }

    @Test
    void theDenunciationDelayEndingOnSaintStephensDayRunsLongerInAlsaceMoselleArtR2113() {
        Dossier dossier = dossier(avecTitre);
        LocalDateTime jeudi = LocalDateTime.of(2025, 12, 18, 9, 0);

        assertThat(acte(NatureDActe.PROCES_VERBAL_SAISIE_ATTRIBUTION, jeudi, dossier, false).echeance().orElseThrow().le())
                .isEqualTo(LocalDate.of(2025, 12, 26));
        // 26/12 is a public holiday in Alsace-Moselle: the next working day is Monday 29/12.
        assertThat(acte(NatureDActe.PROCES_VERBAL_SAISIE_ATTRIBUTION, jeudi, dossier, true).echeance().orElseThrow().le())
                .isEqualTo(LocalDate.of(2025, 12, 29));
    }

    @Test
    void theCommandementGivesEightDaysArtR2211AndTheContestationAMonthArtR21111() {
        Dossier dossier = dossier(avecTitre);
        assertThat(acte(NatureDActe.COMMANDEMENT_SAISIE_VENTE, LocalDateTime.of(2026, 11, 2, 14, 0), dossier, false)
                .echeance().orElseThrow()).satisfies(echeance -> {
                    assertThat(echeance.le()).isEqualTo(LocalDate.of(2026, 11, 10));
                    assertThat(echeance.article()).isEqualTo("art. R221-1 CPCE");
                });
        actes.add(acte(NatureDActe.PROCES_VERBAL_SAISIE_ATTRIBUTION, LocalDateTime.of(2026, 10, 5, 9, 0), dossier, false));
        Acte denonciation = acte(NatureDActe.DENONCIATION_SAISIE_ATTRIBUTION, LocalDateTime.of(2026, 10, 9, 9, 0), dossier, false);
        assertThat(denonciation.echeance().orElseThrow().le()).isEqualTo(LocalDate.of(2026, 11, 9));
        assertThat(denonciation.echeance().orElseThrow().article()).isEqualTo("art. R211-11 CPCE");
    }

    @Test
    void noActOnASundayOrAHolidayAndGoodFridayOnlyInAlsaceMoselleArt664CpcAndL1411Cpce() {
        Dossier dossier = dossier(avecTitre);
        assertThatThrownBy(() -> acte(NatureDActe.COMMANDEMENT_SAISIE_VENTE, LocalDateTime.of(2026, 11, 15, 10, 0), dossier, false))
                .hasMessage("Aucun acte ne peut être signifié ni exécuté un dimanche (art. 664 CPC, art. L141-1 CPCE) : "
                        + "le 15/11/2026 est un dimanche.");
        assertThatThrownBy(() -> acte(NatureDActe.COMMANDEMENT_SAISIE_VENTE, LocalDateTime.of(2026, 11, 11, 10, 0), dossier, false))
                .hasMessageContaining("un jour férié (art. 664 CPC, art. L141-1 CPCE) : le 11/11/2026 est férié.");
        LocalDateTime vendrediSaint = LocalDateTime.of(2026, 4, 3, 10, 0);
        assertThatThrownBy(() -> acte(NatureDActe.COMMANDEMENT_SAISIE_VENTE, vendrediSaint, dossier, true))
                .hasMessageContaining("calendrier d'Alsace-Moselle du débiteur");
        assertThat(acte(NatureDActe.COMMANDEMENT_SAISIE_VENTE, vendrediSaint, dossier, false)).isNotNull();
        assertThat(acte(NatureDActe.ORDONNANCE_INJONCTION_DE_PAYER, LocalDateTime.of(2026, 11, 15, 0, 0), dossier(sansTitre), false))
                .as("an order is the judge's, not served").isNotNull();
    }

    @Test
    void noActBefore6hOrAfter21hArtL1411Cpce() {
        Dossier dossier = dossier(avecTitre);
        assertThatThrownBy(() -> acte(NatureDActe.COMMANDEMENT_SAISIE_VENTE, LocalDateTime.of(2026, 11, 17, 21, 1), dossier, false))
                .hasMessage("Aucun acte ne peut être signifié ni exécuté avant 6h00 ni après 21h00 (art. 664 CPC, art. L141-1 CPCE) : "
                        + "21h01 ne le permet pas.");
        assertThatThrownBy(() -> acte(NatureDActe.COMMANDEMENT_SAISIE_VENTE, LocalDateTime.of(2026, 11, 17, 5, 59), dossier, false))
                .isInstanceOf(RegleEnfreinte.class);
        assertThat(acte(NatureDActe.COMMANDEMENT_SAISIE_VENTE, LocalDateTime.of(2026, 11, 17, 21, 0), dossier, false)).isNotNull();
        assertThat(acte(NatureDActe.COMMANDEMENT_SAISIE_VENTE, LocalDateTime.of(2026, 11, 17, 6, 0), dossier, false)).isNotNull();
    }

    @Test
    void noEnforcementWithoutTitleOnASuspendedDossierOrATimeBarredClaim() {
        assertThatThrownBy(() -> acte(NatureDActe.PROCES_VERBAL_SAISIE_ATTRIBUTION, LocalDateTime.of(2026, 11, 17, 9, 0),
                dossier(sansTitre), false)).hasMessageContaining("sans titre exécutoire (art. L111-2 CPCE)");

        Dossier surendette = dossier(avecTitre);
        surendette.bloquer(Blocage.SURENDETTEMENT, "Recevabilité du 02/11/2026", COMMISSAIRE, Instant.parse("2026-11-03T10:00:00Z"));
        assertThatThrownBy(() -> acte(NatureDActe.PROCES_VERBAL_SAISIE_ATTRIBUTION, LocalDateTime.of(2026, 11, 17, 9, 0),
                surendette, false)).hasMessageContaining("suspendu (surendettement recevable (art. L722-2 C. conso.))");

        ContexteDActe prescrit = new ContexteDActe(MAINTENANT, dossier(avecTitre), Optional.of(LocalDate.of(2026, 6, 1)), false,
                LOI, actes);
        assertThatThrownBy(() -> ReglesDesActes.dresser(DossierId.nouveau(), NatureDActe.COMMANDEMENT_SAISIE_VENTE,
                LocalDateTime.of(2026, 11, 17, 9, 0), "", "Me Garnier", prescrit))
                .hasMessageContaining("prescrite depuis le 01/06/2026");
    }

    @Test
    void aFollowUpActNeedsTheActItFollowsAndNoActIsDatedInTheFuture() {
        assertThatThrownBy(() -> acte(NatureDActe.DENONCIATION_SAISIE_ATTRIBUTION, LocalDateTime.of(2026, 11, 17, 9, 0),
                dossier(avecTitre), false))
                .hasMessageContaining("suit un acte « Procès-verbal de saisie-attribution » dont le délai court encore");
        assertThatThrownBy(() -> acte(NatureDActe.ASSIGNATION, LocalDateTime.of(2026, 11, 20, 11, 0), dossier(sansTitre), false))
                .hasMessageContaining("est dans le futur");
    }

    private Acte acte(NatureDActe nature, LocalDateTime le, Dossier dossier, boolean alsaceMoselle) {
        return ReglesDesActes.dresser(dossier.id(), nature, le, "", "Me Garnier",
                new ContexteDActe(MAINTENANT, dossier, Optional.of(LocalDate.of(2035, 9, 15)), alsaceMoselle, LOI, actes));
    }

    private static Dossier dossier(Creance creance) {
        return Dossier.ouvrir(DossierId.nouveau(), ReferenceDossier.de(2026, 7), CreancierId.nouveau(),
                List.of(DebiteurId.nouveau()), List.of(creance), COMMISSAIRE, Instant.parse("2025-01-10T10:00:00Z"));
    }

    private static LigneDeChiffre ligne(ChiffreDeLaLoi chiffre, LocalDate debut, int valeur) {
        return new LigneDeChiffre(chiffre, debut, BigDecimal.valueOf(valeur), "source de test", Optional.empty(), true);
    }

    private static TableDuChiffre table(ChiffreDeLaLoi chiffre, LigneDeChiffre... lignes) {
        return new TableDuChiffre(chiffre, List.of(lignes));
    }
}
