package fr.etude.dossier.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creance.NatureCreance;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.debiteur.DebiteurId;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.core.utilisateur.UtilisateurId;

/** Overindebtedness suspends the dossier (L722-2 C. conso.) until its outcome; a dossier closes only for a true reason. */
class SurendettementEtClotureTest {

    private static final Instant MAINTENANT = Instant.parse("2026-11-20T09:30:00Z");
    private static final LocalDate AUJOURDHUI = LocalDate.of(2026, 11, 20);
    private final Auteur commissaire = new Auteur(UtilisateurId.nouveau(), "Me Hélène Garnier");
    private final Dossier dossier = Dossier.ouvrir(DossierId.nouveau(), ReferenceDossier.de(2026, 42), CreancierId.nouveau(),
            List.of(DebiteurId.nouveau()), List.of(Creance.simple(Montant.of("1800.00"), LocalDate.of(2026, 1, 5),
                    NatureCreance.CONSOMMATION, "F-1")), commissaire, MAINTENANT);

    @Test
    void anAdmissibleFileSuspendsTheDossierArtL7222() {
        dossier.declarerSurendettement(LocalDate.of(2026, 11, 12), "commission du Rhône", AUJOURDHUI, commissaire, MAINTENANT);

        assertThat(dossier.statut()).isEqualTo(StatutDossier.SUSPENDU);
        assertThat(dossier.blocages()).contains(Blocage.SURENDETTEMENT);
        assertThat(dossier.nouveauxEvenements().get(dossier.nouveauxEvenements().size() - 1).resume())
                .isEqualTo("Dossier bloqué : surendettement recevable (art. L722-2 C. conso.) (recevable le 12/11/2026, commission du Rhône).");
    }

    @Test
    void aFutureDecisionOrNoCommissionIsRefused() {
        assertThatThrownBy(() -> dossier.declarerSurendettement(LocalDate.of(2026, 11, 21), "commission du Rhône", AUJOURDHUI,
                commissaire, MAINTENANT)).isInstanceOf(RegleEnfreinte.class).hasMessageContaining("postérieure à aujourd'hui (20/11/2026)");
        assertThatThrownBy(() -> dossier.declarerSurendettement(LocalDate.of(2026, 11, 12), " ", AUJOURDHUI, commissaire, MAINTENANT))
                .hasMessage("Indiquez la commission de surendettement qui a statué.");
        assertThat(dossier.statut()).isEqualTo(StatutDossier.OUVERT);
    }

    @Test
    void aPlanResumesTheDossierForReviewAndAWipeOutClosesItArtL7412() {
        dossier.declarerSurendettement(LocalDate.of(2026, 6, 2), "commission du Rhône", AUJOURDHUI, commissaire, MAINTENANT);
        dossier.issueDuSurendettement(Dossier.IssueDuSurendettement.PLAN, LocalDate.of(2026, 11, 18), "36 mensualités", commissaire,
                MAINTENANT);
        assertThat(dossier.statut()).isEqualTo(StatutDossier.OUVERT);
        assertThat(dossier.prochaineAction()).contains(new ProchaineAction(LocalDate.of(2026, 11, 18), ProchaineAction.Type.REVUE));

        dossier.declarerSurendettement(LocalDate.of(2026, 11, 19), "commission du Rhône", AUJOURDHUI, commissaire, MAINTENANT);
        dossier.issueDuSurendettement(Dossier.IssueDuSurendettement.EFFACEMENT, LocalDate.of(2026, 11, 20), "", commissaire, MAINTENANT);
        assertThat(dossier.statut()).isEqualTo(StatutDossier.CLOS);
        assertThat(dossier.motifCloture()).contains(MotifCloture.EFFACEMENT_SURENDETTEMENT);
    }

    @Test
    void noOutcomeWithoutAFileNoSoldeWhileSomethingIsOwedNoWipeOutByHand() {
        assertThatThrownBy(() -> dossier.issueDuSurendettement(Dossier.IssueDuSurendettement.PLAN, AUJOURDHUI, "", commissaire, MAINTENANT))
                .hasMessage("Le dossier 2026-000042 n'a pas de surendettement en cours.");
        assertThatThrownBy(() -> dossier.clore(MotifCloture.SOLDE, "", commissaire, MAINTENANT))
                .hasMessage("Le dossier 2026-000042 n'est pas soldé : il reste 1\u202f800,00\u00a0€ dû.");
        assertThatThrownBy(() -> dossier.clore(MotifCloture.EFFACEMENT_SURENDETTEMENT, "", commissaire, MAINTENANT))
                .hasMessageContaining("(art. L741-2 C. conso.)");
        dossier.clore(MotifCloture.IRRECOUVRABLE, "Débiteur insolvable, PV de carence", commissaire, MAINTENANT);
        assertThat(dossier.motifCloture()).contains(MotifCloture.IRRECOUVRABLE);
    }
}
