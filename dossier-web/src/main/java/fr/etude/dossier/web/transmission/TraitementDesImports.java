package fr.etude.dossier.web.transmission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.etude.dossier.core.transmission.DossierTransmis;
import fr.etude.dossier.core.transmission.Imports;

/**
 * Imports the files créanciers upload, one after the other. First every line is read and checked,
 * then the dossiers are opened in one transaction that also writes the outcome: a file is imported
 * as the créancier chose or not at all. A worker that dies leaves its file waiting (its transaction
 * died with it): another takes it up once its sign of life is stale, and the references already
 * opened make a second pass harmless anyway.
 */
@Component
public class TraitementDesImports {

    private static final Logger log = LoggerFactory.getLogger(TraitementDesImports.class);
    /** Beyond this many refused lines, the report counts them without listing them. */
    static final int ANOMALIES_MAX = 10_000;
    private static final Duration PERIME = Duration.ofMinutes(2);
    private static final int AVANCEMENT_TOUTES_LES = 2_000;

    private final Imports imports;
    private final TransmissionDesDossiers transmission;
    private final LecteurDeLignes lecteur;
    private final TransactionTemplate transaction;
    private final MessageSource messages;
    private final Clock horloge;
    private final int lot;

    TraitementDesImports(Imports imports, TransmissionDesDossiers transmission, LecteurDeLignes lecteur,
                         PlatformTransactionManager transactions, MessageSource messages, Clock horloge,
                         @Value("${dossier.import.lot:2000}") int lot) {
        this.imports = imports;
        this.transmission = transmission;
        this.lecteur = lecteur;
        this.transaction = new TransactionTemplate(transactions);
        this.messages = messages;
        this.horloge = horloge;
        this.lot = lot;
    }

    @Scheduled(fixedDelayString = "${dossier.import.intervalle:PT2S}")
    public void traiterLesImports() {
        while (traiterUn()) {
            log.debug("Un import de dossiers traité");
        }
    }

    /** Takes up the oldest waiting file, if any, and processes it: true if there was one. */
    public boolean traiterUn() {
        Instant maintenant = horloge.instant();
        Optional<Imports.AFaire> fichier = imports.prendre(maintenant, maintenant.minus(PERIME));
        fichier.ifPresent(this::traiter);
        return fichier.isPresent();
    }

    private void traiter(Imports.AFaire fichier) {
        try {
            long debut = System.nanoTime();
            FichierDeDossiers lu = FichierDeDossiers.lire(fichier.contenu());
            Verification verification = verifier(fichier, lu);
            long verifie = System.nanoTime();
            if (fichier.mode() == Imports.Mode.TOUT_OU_RIEN && verification.refusees > 0) {
                transaction.executeWithoutResult(etat -> imports.conclure(fichier.id(), new Imports.Bilan(Imports.Etat.REFUSE,
                        lu.encodage(), verification.lignes, 0, 0, verification.refusees), verification.anomalies, horloge.instant()));
                return;
            }
            transaction.executeWithoutResult(etat -> enregistrer(fichier, lu.encodage(), verification));
            log.info("Import {} : {} lignes vérifiées en {} ms, {} dossiers enregistrés en {} ms", fichier.id(), verification.lignes,
                    (verifie - debut) / 1_000_000, verification.valides.size(), (System.nanoTime() - verifie) / 1_000_000);
        } catch (FichierDeDossiers.Illisible illisible) {
            transaction.executeWithoutResult(etat -> imports.conclure(fichier.id(), new Imports.Bilan(Imports.Etat.REFUSE, null, 0, 0,
                    0, 0), List.of(new Imports.Anomalie(1, Optional.empty(), illisible.getMessage())), horloge.instant()));
        } catch (FichierDeDossiers.LigneIllisible illisible) {
            transaction.executeWithoutResult(etat -> imports.conclure(fichier.id(), new Imports.Bilan(Imports.Etat.REFUSE, null, 0, 0,
                    0, 0), List.of(new Imports.Anomalie(illisible.numero(), Optional.empty(), illisible.getMessage())),
                    horloge.instant()));
        } catch (TransmissionDesDossiers.ImportEnCours enCours) {
            imports.echouer(fichier.id(), messages.getMessage("import.echec.enCours", null, Locale.FRANCE), horloge.instant());
        } catch (RuntimeException echec) {
            log.error("L'import {} a échoué", fichier.id(), echec);
            imports.echouer(fichier.id(), messages.getMessage("import.echec", null, Locale.FRANCE), horloge.instant());
        }
    }

    /** Every line read and checked, nothing written: the dossiers to open, and the refused lines. */
    private static final class Verification {
        final List<DossierTransmis> valides = new ArrayList<>();
        final List<Imports.Anomalie> anomalies = new ArrayList<>();
        int lignes;
        int refusees;

        void refuser(List<Imports.Anomalie> pourLaLigne) {
            refusees++;
            pourLaLigne.stream().limit(Math.max(0, ANOMALIES_MAX - anomalies.size())).forEach(anomalies::add);
        }
    }

    private Verification verifier(Imports.AFaire fichier, FichierDeDossiers lu) {
        LocalDate aujourdhui = LocalDate.now(horloge);
        Verification verification = new Verification();
        Map<String, Integer> premiereLigne = new HashMap<>();
        for (FichierDeDossiers.Ligne ligne : lu) {
            verification.lignes++;
            LecteurDeLignes.Lecture lecture = lecteur.lire(ligne, aujourdhui);
            if (lecture.dossier().isEmpty()) {
                verification.refuser(lecture.anomalies());
            } else {
                DossierTransmis dossier = lecture.dossier().get();
                Integer deja = premiereLigne.putIfAbsent(dossier.referenceCreancier(), ligne.numero());
                if (deja == null) {
                    verification.valides.add(dossier);
                } else {
                    verification.refuser(List.of(new Imports.Anomalie(ligne.numero(), Optional.of("reference"),
                            messages.getMessage("import.referenceEnDouble", new Object[]{dossier.referenceCreancier(), deja},
                                    Locale.FRANCE))));
                }
            }
            if (verification.lignes % AVANCEMENT_TOUTES_LES == 0) {
                imports.avancer(fichier.id(), Imports.Phase.VERIFICATION, verification.lignes, lu.nombreDeLignes(), horloge.instant());
            }
        }
        return verification;
    }

    private void enregistrer(Imports.AFaire fichier, String encodage, Verification verification) {
        int crees = 0;
        int dejaTransmis = 0;
        List<DossierTransmis> valides = verification.valides;
        for (int debut = 0; debut < valides.size(); debut += lot) {
            TransmissionDesDossiers.Bilan bilan = transmission.transmettre(fichier.creancier(),
                    valides.subList(debut, Math.min(valides.size(), debut + lot)), fichier.auteur());
            crees += bilan.ouvertes().size();
            dejaTransmis += bilan.dejaTransmises().size();
            imports.avancer(fichier.id(), Imports.Phase.ENREGISTREMENT, Math.min(valides.size(), debut + lot), valides.size(),
                    horloge.instant());
        }
        imports.conclure(fichier.id(), new Imports.Bilan(Imports.Etat.TERMINE, encodage, verification.lignes, crees, dejaTransmis,
                verification.refusees), verification.anomalies, horloge.instant());
    }
}
