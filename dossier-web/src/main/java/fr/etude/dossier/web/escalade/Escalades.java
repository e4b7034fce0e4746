package fr.etude.dossier.web.escalade;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.chiffre.ChiffreDeLaLoi;
import fr.etude.dossier.core.chiffre.ChiffresDeLaLoi;
import fr.etude.dossier.core.chiffre.TableDuChiffre;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creance.CreanceId;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.ContexteDEscalade;
import fr.etude.dossier.core.dossier.DecisionDEscalade;
import fr.etude.dossier.core.dossier.Procedure;
import fr.etude.dossier.core.prescription.Prescription;
import fr.etude.dossier.core.reglage.Reglage;
import fr.etude.dossier.core.reglage.ReglagesDeLEtude;

/** Moving a dossier to its next stage: the clerk asks, the policies decide, the commissaire approves contentieux. */
@Service
public class Escalades {

    private final Dossiers dossiers;
    private final LecturesDeDossier lectures;
    private final Clock horloge;
    private final ReglagesDeLEtude reglages;
    private final ChiffresDeLaLoi chiffres;

    Escalades(Dossiers dossiers, LecturesDeDossier lectures, Clock horloge, ReglagesDeLEtude reglages,
              ChiffresDeLaLoi chiffres) {
        this.dossiers = dossiers;
        this.lectures = lectures;
        this.horloge = horloge;
        this.reglages = reglages;
        this.chiffres = chiffres;
    }

    @Transactional
    public DecisionDEscalade demander(DossierId id, long versionLue, String justification, Auteur auteur) {
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        DecisionDEscalade decision = dossier.demanderEscalade(justification, contexte(dossier), auteur, horloge.instant());
        dossiers.enregistrer(dossier);
        return decision;
    }

    @Transactional
    public DecisionDEscalade approuver(DossierId id, long versionLue, Procedure procedure, Auteur commissaire) {
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        DecisionDEscalade decision = dossier.approuverEscalade(procedure, contexte(dossier), commissaire, horloge.instant());
        dossiers.enregistrer(dossier);
        return decision;
    }

    @Transactional
    public void renvoyer(DossierId id, long versionLue, String commentaire, Auteur commissaire) {
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        dossier.renvoyerEscalade(commentaire, commissaire, LocalDate.now(horloge), horloge.instant());
        dossiers.enregistrer(dossier);
    }

    /**
     * What the policies weigh besides the dossier: the day, the balance, each créance's prescription date,
     * and the dated small-claims ceilings (art. L125-1 CPCE), read now so that a row just added applies.
     */
    ContexteDEscalade contexte(Dossier dossier) {
        return contextes().apply(dossier, lectures.fiche(dossier.id()).map(fiche -> fiche.solde()).orElse(Montant.ZERO));
    }

    /**
     * The same for many dossiers weighed together (the commissaire's queue): the settings and the
     * ceilings are read once, each dossier brings its own créances and balance.
     */
    BiFunction<Dossier, Montant, ContexteDEscalade> contextes() {
        ReglagesDeLEtude.Instantane lus = reglages.instantane();
        TableDuChiffre plafonds = chiffres.table(ChiffreDeLaLoi.PLAFOND_PETITES_CREANCES);
        LocalDate aujourdhui = LocalDate.now(horloge);
        return (dossier, solde) -> {
            Map<CreanceId, LocalDate> prescriptions = new HashMap<>();
            for (Creance creance : dossier.creances()) {
                prescriptions.put(creance.id(), Prescription.calculer(creance, List.of()).acquiseLe());
            }
            return new ContexteDEscalade(aujourdhui, solde, prescriptions, lus.montant(Reglage.ESCALADE_COUT_ESTIME), plafonds,
                    Period.ofMonths(lus.entier(Reglage.PRESCRIPTION_PREAVIS_MOIS)), lus.entier(Reglage.MISE_EN_DEMEURE_DELAI_JOURS));
        };
    }

}
