package fr.etude.dossier.core.procedure;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.calendrier.JoursFeries;
import fr.etude.dossier.core.chiffre.ChiffreDeLaLoi;
import fr.etude.dossier.core.dossier.Blocage;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.StatutDossier;
import fr.etude.dossier.core.regle.RegleEnfreinte;

/** The rules an act must meet to be recorded, each refusal naming its article; and the deadline it starts. */
public final class ReglesDesActes {

    private ReglesDesActes() {
    }

    /** The act, once every rule is met, with its deadline computed from the law in force on its day. */
    public static Acte dresser(DossierId dossier, NatureDActe nature, LocalDateTime faitLe, String precisions, String auteur,
                               ContexteDActe contexte) {
        Dossier lu = contexte.dossier();
        LocalDate jour = faitLe.toLocalDate();
        if (lu.statut() == StatutDossier.CLOS) {
            throw new RegleEnfreinte("Le dossier " + lu.reference() + " est clos : aucun acte ne peut y être enregistré.");
        }
        if (faitLe.isAfter(contexte.maintenant())) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "Un acte ne s'enregistre qu'une fois fait : le "
                    + FormatFrancais.date(jour) + " à " + heure(faitLe.toLocalTime()) + " est dans le futur.");
        }
        if (nature.parLeCommissaire()) {
            jourPermis(jour, contexte.alsaceMoselle());
            heurePermise(faitLe, contexte);
        }
        if (nature.execution()) {
            executionPermise(lu, jour, contexte);
        }
        nature.leve().ifPresent(precedent -> {
            boolean ouvert = contexte.actesDuDossier().stream().anyMatch(acte -> acte.nature() == precedent
                    && acte.echeanceOuverte() && !acte.faitLe().isAfter(faitLe));
            if (!ouvert) {
                throw new RegleEnfreinte("« " + nature.libelle() + " » suit un acte « " + precedent.libelle()
                        + " » dont le délai court encore : aucun n'est enregistré avant le " + FormatFrancais.date(jour) + ".");
            }
        });
        Optional<Echeance> echeance = nature.delai().map(delai -> new Echeance(
                contexte.table(delai).finDuDelai(jour, contexte.alsaceMoselle()), nature.typeDeDelai(), nature.objetDuDelai(),
                delai.article()));
        return new Acte(UUID.randomUUID(), dossier, nature, faitLe, auteur, precisions, echeance, Optional.empty());
    }

    /** Art. 664 CPC (service) and L141-1 CPCE (enforcement): neither on a Sunday nor on a public holiday. */
    private static void jourPermis(LocalDate jour, boolean alsaceMoselle) {
        if (jour.getDayOfWeek() == DayOfWeek.SUNDAY) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "Aucun acte ne peut être signifié ni exécuté un dimanche "
                    + "(art. 664 CPC, art. L141-1 CPCE) : le " + FormatFrancais.date(jour) + " est un dimanche.");
        }
        if (JoursFeries.estFerie(jour, alsaceMoselle)) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "Aucun acte ne peut être signifié ni exécuté un jour férié "
                    + "(art. 664 CPC, art. L141-1 CPCE) : le " + FormatFrancais.date(jour) + " est férié"
                    + (alsaceMoselle ? " (calendrier d'Alsace-Moselle du débiteur)." : "."));
        }
    }

    /** Art. 664 CPC and L141-1 CPCE: not before the first hour nor after the last, the hours in force that day. */
    private static void heurePermise(LocalDateTime faitLe, ContexteDActe contexte) {
        LocalDate jour = faitLe.toLocalDate();
        LocalTime debut = LocalTime.of(contexte.table(ChiffreDeLaLoi.HEURE_PREMIER_ACTE).valeurLe(jour).intValueExact(), 0);
        int derniere = contexte.table(ChiffreDeLaLoi.HEURE_DERNIER_ACTE).valeurLe(jour).intValueExact();
        LocalTime fin = derniere >= 24 ? LocalTime.MAX : LocalTime.of(derniere, 0);
        LocalTime heure = faitLe.toLocalTime();
        if (heure.isBefore(debut) || heure.isAfter(fin)) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "Aucun acte ne peut être signifié ni exécuté avant " + heure(debut)
                    + " ni après " + heure(fin) + " (art. 664 CPC, art. L141-1 CPCE) : " + heure(heure) + " ne le permet pas.");
        }
    }

    /** A measure of enforcement needs a titre (L111-2 CPCE), a dossier not suspended (L722-2 C. conso.) and not time-barred. */
    private static void executionPermise(Dossier dossier, LocalDate jour, ContexteDActe contexte) {
        if (dossier.creances().stream().noneMatch(creance -> creance.titre().isPresent())) {
            throw new RegleEnfreinte("Pas de mesure d'exécution sans titre exécutoire (art. L111-2 CPCE) : aucun n'est "
                    + "enregistré sur le dossier " + dossier.reference() + ".");
        }
        if (dossier.statut() == StatutDossier.SUSPENDU) {
            throw new RegleEnfreinte("Le dossier " + dossier.reference() + " est suspendu ("
                    + String.join(", ", dossier.blocages().stream().filter(Blocage::suspendLeDossier).map(Blocage::libelle).toList())
                    + ") : aucune mesure d'exécution.");
        }
        contexte.premierePrescription().filter(date -> !jour.isBefore(date)).ifPresent(date -> {
            throw new RegleEnfreinte("Une créance du dossier est prescrite depuis le " + FormatFrancais.date(date)
                    + " (art. L111-4 CPCE pour un titre, 2224 C. civ. sinon) : aucune mesure d'exécution.");
        });
    }

    private static String heure(LocalTime heure) {
        return heure.equals(LocalTime.MAX) ? "24h" : String.format("%dh%02d", heure.getHour(), heure.getMinute());
    }
}
