package fr.etude.dossier.web.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creancier.ConditionsDeRecouvrement;
import fr.etude.dossier.core.creancier.Creanciers;
import fr.etude.dossier.core.decompte.Conventions;
import fr.etude.dossier.core.decompte.CreanceADecompter;
import fr.etude.dossier.core.decompte.Decompte;
import fr.etude.dossier.core.decompte.DecompteImpossible;
import fr.etude.dossier.core.decompte.DemandeDeDecompte;
import fr.etude.dossier.core.decompte.MoteurDeDecompte;
import fr.etude.dossier.core.decompte.PaiementADecompter;
import fr.etude.dossier.core.decompte.ParametresLegaux;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.FicheDeDossier;
import fr.etude.dossier.core.dossier.LecturesDeDossier;
import fr.etude.dossier.core.dossier.TypeEvenement;
import fr.etude.dossier.core.paiement.Paiement;
import fr.etude.dossier.core.dossier.Paiements;
import fr.etude.dossier.core.taux.Baremes;
import fr.etude.dossier.core.taux.TableDeTaux;
import fr.etude.dossier.core.taux.TablesDeTaux;

/** Everything a dossier page shows: its header, its décompte at a date, its timeline. */
@Service
public class ConsultationDeDossier {

    private final LecturesDeDossier lectures;
    private final Paiements paiements;
    private final Baremes baremes;
    private final TablesDeTaux tables;
    private final Creanciers creanciers;

    ConsultationDeDossier(LecturesDeDossier lectures, Paiements paiements, Baremes baremes,
                          TablesDeTaux tables, Creanciers creanciers) {
        this.tables = tables;
        this.creanciers = creanciers;
        this.lectures = lectures;
        this.paiements = paiements;
        this.baremes = baremes;
    }

    @Transactional(readOnly = true)
    public Optional<Consultation> consulter(DossierId id, LocalDate au, Optional<TypeEvenement> evenements) {
        return lectures.fiche(id).map(fiche -> {
            List<Paiement> versements = paiements.duDossier(id);
            Resultat resultat = resultat(fiche, lectures.creances(id), versements, au);
            Optional<LocalDate> calculableJusquAu = resultat.refus().flatMap(refus -> derniereDateCalculable())
                    .filter(date -> date.isBefore(au));
            return new Consultation(fiche, au, evenements, resultat.decompte(), resultat.refus(), calculableJusquAu,
                    PageDeChronologie.lire(lectures, id, evenements, Optional.empty()), versements);
        });
    }

    /** The timeline's entries older than the entry {@code avant}: its next page. */
    @Transactional(readOnly = true)
    public Optional<Chronologie> chronologie(DossierId id, Optional<TypeEvenement> evenements, Optional<Long> avant) {
        return lectures.fiche(id).map(fiche -> new Chronologie(fiche, PageDeChronologie.lire(lectures, id, evenements, avant)));
    }

    /** The décompte alone, for a page that shows it beside other things (the commissaire's queue). */
    @Transactional(readOnly = true)
    public Resultat decompte(FicheDeDossier fiche, Dossier dossier, LocalDate au) {
        return resultat(fiche, dossier.creances(), paiements.duDossier(dossier.id()), au);
    }

    private Resultat resultat(FicheDeDossier fiche, List<Creance> creances, List<Paiement> versements, LocalDate au) {
        try {
            return new Resultat(Optional.of(decompte(fiche, creances, versements, au)), Optional.empty());
        } catch (DecompteImpossible refus) {
            return new Resultat(Optional.empty(), Optional.of(refus.getMessage()));
        }
    }

    private Decompte decompte(FicheDeDossier fiche, List<Creance> aDecompter, List<Paiement> versements, LocalDate au) {
        ParametresLegaux loi = ParametresLegaux.enVigueur();
        ConditionsDeRecouvrement conditions = creanciers.conditions(fiche.creancierId());
        List<CreanceADecompter> creances = aDecompter.stream()
                .map(creance -> CreanceADecompter.depuis(creance, fiche.categorieCreancier(), conditions, loi)).toList();
        List<PaiementADecompter> retenus = versements.stream().map(paiement -> new PaiementADecompter(paiement.id(),
                paiement.date(), paiement.impute(), paiement.designation(),
                paiement.contrepassation().map(Paiement.Contrepassation::date))).toList();
        return new MoteurDeDecompte(baremes.enVigueur(), loi)
                .calculer(new DemandeDeDecompte(au, creances, retenus, List.of(), Conventions.parDefaut()));
    }

    /** The last day both rate tables reach: a décompte refused for a missing half-year can be drawn up then. */
    private Optional<LocalDate> derniereDateCalculable() {
        return java.util.stream.Stream.of(TableDeTaux.Nature.values())
                .map(nature -> tables.table(nature).connuJusquAu())
                .reduce(Optional.of(LocalDate.MAX), (a, b) -> a.isEmpty() || b.isEmpty() ? Optional.empty()
                        : Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get()));
    }

    public record Chronologie(FicheDeDossier fiche, PageDeChronologie page) {
    }

    /** The décompte at a date, or why it cannot be drawn up then. */
    public record Resultat(Optional<Decompte> decompte, Optional<String> refus) {
    }

    /**
     * @param refus             why the décompte could not be drawn up at that date (a rate not yet published…)
     * @param calculableJusquAu the last date it can be drawn up, when a missing half-year is the reason
     */
    public record Consultation(FicheDeDossier fiche, LocalDate au, Optional<TypeEvenement> evenements,
                               Optional<Decompte> decompte, Optional<String> refus, Optional<LocalDate> calculableJusquAu,
                               PageDeChronologie chronologie, List<Paiement> paiements) {
    }
}
