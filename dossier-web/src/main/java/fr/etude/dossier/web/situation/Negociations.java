package fr.etude.dossier.web.situation;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.debiteur.SituationFinanciere;
import fr.etude.dossier.core.dossier.SituationsDesDebiteurs;
import fr.etude.dossier.core.debiteur.SolutionNegociee;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.Phrases;
import fr.etude.dossier.core.dossier.TypeEvenement;

import fr.etude.dossier.web.chiffre.ResteAVivreEnVigueur;

/** The debtor's declared means and the solutions negotiated, each in the timeline, at the version read. */
@Service
class Negociations {

    private final Dossiers dossiers;
    private final SituationsDesDebiteurs situations;
    private final ResteAVivreEnVigueur resteAVivre;
    private final Clock horloge;

    Negociations(Dossiers dossiers, SituationsDesDebiteurs situations, ResteAVivreEnVigueur resteAVivre, Clock horloge) {
        this.dossiers = dossiers;
        this.situations = situations;
        this.resteAVivre = resteAVivre;
        this.horloge = horloge;
    }

    @Transactional
    void declarer(DossierId id, long versionLue, SituationFinanciere situation, Auteur auteur) {
        situation.verifierPassee(LocalDate.now(horloge));
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        situations.declarer(id, situation, auteur);
        dossier.consigner(TypeEvenement.NOTE, Phrases.de("situation.declaree", FormatFrancais.date(situation.declareeLe()),
                FormatFrancais.euros(situation.ressources()), FormatFrancais.euros(situation.charges()),
                FormatFrancais.euros(situation.autresDettes()), situation.personnesACharge(),
                FormatFrancais.euros(resteAVivre.capaciteMensuelle(situation))), auteur, horloge.instant());
        dossiers.enregistrer(dossier);
    }

    /**
     * The créancier is told of the débiteur's proposal (R124-5 CPCE) through the timeline: its nature,
     * date and amount. The clerk's comment (a guarantee, a relative who buys back, the reason for a
     * refusal) stays with the office, beside the solution.
     */
    @Transactional
    void consigner(DossierId id, long versionLue, SolutionNegociee solution, Auteur auteur) {
        solution.verifierPassee(LocalDate.now(horloge));
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        situations.consigner(id, solution, auteur);
        dossier.consigner(TypeEvenement.SOLUTION, Phrases.de("solution.negociee", FormatFrancais.date(solution.decideeLe()),
                Libelles.solution(solution.nature()),
                solution.montant().map(m -> Phrases.de("solution.montant", FormatFrancais.euros(m))).orElse("")),
                auteur, horloge.instant());
        dossiers.enregistrer(dossier);
    }
}
