package fr.etude.dossier.web.taux;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.taux.LigneDeTaux;
import fr.etude.dossier.core.taux.TableDeTaux;
import fr.etude.dossier.core.taux.TablesDeTaux;

/**
 * The law's rate tables kept by the administrator: a half-year added or corrected is read by the
 * next décompte, on every instance (the décompte reads the tables each time).
 */
@Service
public class TablesDeLaLoi {

    private final TablesDeTaux tables;
    private final Clock horloge;

    TablesDeLaLoi(TablesDeTaux tables, Clock horloge) {
        this.tables = tables;
        this.horloge = horloge;
    }

    @Transactional(readOnly = true)
    public TableDeTaux table(TableDeTaux.Nature nature) {
        return tables.table(nature);
    }

    /** What the administrator has to do today, every table together. */
    @Transactional(readOnly = true)
    public List<TableDeTaux.AFaire> aFaire() {
        LocalDate aujourdhui = LocalDate.now(horloge);
        return Stream.of(TableDeTaux.Nature.values()).flatMap(nature -> tables.table(nature).aFaire(aujourdhui).stream())
                .toList();
    }

    @Transactional
    public void ajouter(TableDeTaux.Nature nature, LigneDeTaux ligne, Auteur auteur) {
        tables.table(nature).ajouter(ligne);
        tables.enregistrer(nature, ligne, Optional.empty(), auteur.id(), auteur.nom());
    }

    @Transactional
    public void corriger(TableDeTaux.Nature nature, LigneDeTaux ligne, Optional<String> motif, Auteur auteur) {
        tables.table(nature).corriger(ligne, motif, LocalDate.now(horloge));
        tables.enregistrer(nature, ligne, motif, auteur.id(), auteur.nom());
    }
}
