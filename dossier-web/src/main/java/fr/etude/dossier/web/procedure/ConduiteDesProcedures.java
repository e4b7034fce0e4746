package fr.etude.dossier.web.procedure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.chiffre.ChiffreDeLaLoi;
import fr.etude.dossier.core.chiffre.ChiffresDeLaLoi;
import fr.etude.dossier.core.chiffre.TableDuChiffre;
import fr.etude.dossier.core.creance.Creance;
import fr.etude.dossier.core.creance.CreanceId;
import fr.etude.dossier.core.creance.TitreExecutoire;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.Debiteurs;
import fr.etude.dossier.core.dossier.Dossier;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.core.dossier.Dossiers;
import fr.etude.dossier.core.dossier.TypeEvenement;
import fr.etude.dossier.core.prescription.Prescription;
import fr.etude.dossier.core.procedure.Acte;
import fr.etude.dossier.core.procedure.Actes;
import fr.etude.dossier.core.procedure.ContexteDActe;
import fr.etude.dossier.core.procedure.NatureDActe;
import fr.etude.dossier.core.procedure.ReglesDesActes;

/** Records an act on a dossier once the law allows it, with the deadline it starts, in the timeline too. */
@Service
class ConduiteDesProcedures {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Dossiers dossiers;
    private final Debiteurs debiteurs;
    private final Actes actes;
    private final ChiffresDeLaLoi chiffres;
    private final Clock horloge;

    ConduiteDesProcedures(Dossiers dossiers, Debiteurs debiteurs, Actes actes, ChiffresDeLaLoi chiffres, Clock horloge) {
        this.dossiers = dossiers;
        this.debiteurs = debiteurs;
        this.actes = actes;
        this.chiffres = chiffres;
        this.horloge = horloge;
    }

    @Transactional
    Acte enregistrer(DossierId id, long versionLue, NatureDActe nature, LocalDateTime faitLe, String precisions, Auteur auteur) {
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        Acte acte = ReglesDesActes.dresser(id, nature, faitLe, precisions, auteur.nom(), contexte(dossier));
        dossier.consigner(TypeEvenement.ACTE, acte.resume(), auteur, horloge.instant());
        actes.enregistrer(acte, auteur);
        dossiers.enregistrer(dossier);
        return acte;
    }

    @Transactional
    void enregistrerTitre(DossierId id, long versionLue, CreanceId creance, TitreExecutoire titre, Auteur auteur) {
        Dossier dossier = dossiers.aLaVersion(id, versionLue);
        dossier.enregistrerTitre(creance, titre, LocalDate.ofInstant(horloge.instant(), PARIS), auteur, horloge.instant());
        dossiers.enregistrer(dossier);
    }

    @Transactional(readOnly = true)
    List<Creance> creances(DossierId id) {
        return dossiers.parId(id).map(Dossier::creances).orElse(List.of());
    }

    private ContexteDActe contexte(Dossier dossier) {
        Optional<LocalDate> premierePrescription = dossier.creances().stream()
                .map(creance -> Prescription.calculer(creance, List.of()).acquiseLe()).min(Comparator.naturalOrder());
        boolean alsaceMoselle = debiteurs.duDossier(dossier.id()).stream().filter(lie -> lie.rang() == 1).findFirst()
                .map(lie -> lie.debiteur().coordonnees().enAlsaceMoselle()).orElse(false);
        Map<ChiffreDeLaLoi, TableDuChiffre> loi = Arrays.stream(ChiffreDeLaLoi.values())
                .filter(chiffre -> chiffre.unite() != ChiffreDeLaLoi.Unite.MONTANT)
                .collect(Collectors.toMap(Function.identity(), chiffres::table));
        return new ContexteDActe(LocalDateTime.ofInstant(horloge.instant(), PARIS), dossier, premierePrescription, alsaceMoselle,
                loi, actes.duDossier(dossier.id()));
    }
}
