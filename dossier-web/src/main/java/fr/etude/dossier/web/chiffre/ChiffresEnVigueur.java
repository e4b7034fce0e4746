package fr.etude.dossier.web.chiffre;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.chiffre.ChiffreDeLaLoi;
import fr.etude.dossier.core.chiffre.ChiffresDeLaLoi;
import fr.etude.dossier.core.chiffre.LigneDeChiffre;
import fr.etude.dossier.core.chiffre.TableDuChiffre;
import fr.etude.dossier.core.dossier.Auteur;

/**
 * The law's dated figures kept by the administrator: a row added or corrected is read by the next
 * rule that needs it, on every instance (the rules read the table at each use; nothing is cached).
 */
@Service
public class ChiffresEnVigueur {

    private final ChiffresDeLaLoi chiffres;
    private final Clock horloge;

    ChiffresEnVigueur(ChiffresDeLaLoi chiffres, Clock horloge) {
        this.chiffres = chiffres;
        this.horloge = horloge;
    }

    @Transactional(readOnly = true)
    public TableDuChiffre table(ChiffreDeLaLoi chiffre) {
        return chiffres.table(chiffre);
    }

    @Transactional(readOnly = true)
    public List<TableDuChiffre> tables() {
        return Stream.of(ChiffreDeLaLoi.values()).map(chiffres::table).toList();
    }

    /** What the administrator has to do today, every figure together. */
    @Transactional(readOnly = true)
    public List<TableDuChiffre.AFaire> aFaire() {
        LocalDate aujourdhui = LocalDate.now(horloge);
        return tables().stream().flatMap(table -> table.aFaire(aujourdhui).stream()).toList();
    }

    @Transactional
    public void ajouter(LigneDeChiffre ligne, Auteur auteur) {
        chiffres.table(ligne.chiffre()).ajouter(ligne);
        chiffres.enregistrer(ligne, Optional.empty(), auteur.id(), auteur.nom());
    }

    @Transactional
    public void corriger(LigneDeChiffre ligne, Optional<String> motif, Auteur auteur) {
        chiffres.table(ligne.chiffre()).corriger(ligne, motif, LocalDate.now(horloge));
        chiffres.enregistrer(ligne, motif, auteur.id(), auteur.nom());
    }
}
