package fr.etude.dossier.web.journee;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.dossier.DossierResume;

/**
 * A line of Ma journée written out once in Java: words, amounts and dates as the page shows them.
 * The page then only reads them, which halves the cost of rendering a list of 50 (each computed
 * expression of a template costs microseconds, and a line had about twenty).
 */
record LigneDeJournee(String lien, String reference, String debiteur, List<Badge> indicateurs, String creancier,
                      String etape, String classeEtape, String principal, String solde, String action,
                      String typeDAction) {

    record Badge(String libelle, String classe) {
    }

    static LigneDeJournee de(DossierResume dossier, LocalDate jour, LocalDate alertePrescription, MessageSource messages) {
        Locale francais = Locale.FRENCH;
        List<Badge> badges = dossier.indicateurs(jour, alertePrescription).stream()
                .map(indicateur -> new Badge(messages.getMessage("indicateur." + indicateur, null, francais),
                        "indicateur-" + indicateur))
                .toList();
        return new LigneDeJournee("/dossiers/" + dossier.id().value(), dossier.reference(), dossier.debiteur(), badges,
                dossier.creancier(), messages.getMessage("etape." + dossier.etape(), null, francais),
                "etape-" + dossier.etape(), FormatFrancais.euros(dossier.principal()), FormatFrancais.euros(dossier.solde()),
                dossier.prochaineAction().map(FormatFrancais::date).orElse(""),
                dossier.prochaineActionType().map(type -> messages.getMessage("action." + type, null, francais)).orElse(""));
    }
}
