package fr.etude.dossier.core.procedure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import fr.etude.dossier.core.chiffre.ChiffreDeLaLoi;
import fr.etude.dossier.core.chiffre.TableDuChiffre;
import fr.etude.dossier.core.dossier.Dossier;

/**
 * What the rules of an act weigh besides the act: now (Europe/Paris), the dossier, the first
 * prescription date of its créances, whether the débiteur lives in Alsace-Moselle (its holidays),
 * the law's figures (deadlines and hours), and the acts already recorded.
 */
public record ContexteDActe(LocalDateTime maintenant, Dossier dossier, Optional<LocalDate> premierePrescription,
                            boolean alsaceMoselle, Map<ChiffreDeLaLoi, TableDuChiffre> chiffres, List<Acte> actesDuDossier) {

    public ContexteDActe {
        chiffres = Map.copyOf(chiffres);
        actesDuDossier = List.copyOf(actesDuDossier);
    }

    TableDuChiffre table(ChiffreDeLaLoi chiffre) {
        TableDuChiffre table = chiffres.get(chiffre);
        if (table == null) {
            throw new IllegalStateException("Chiffre non fourni aux règles des actes : " + chiffre);
        }
        return table;
    }
}
