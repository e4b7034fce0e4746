package fr.etude.dossier.web.courrier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.etude.dossier.core.courrier.ModeleDeCourrier;
import fr.etude.dossier.core.dossier.DossierId;

/**
 * The statement a créancier downloads for one of its dossiers: the compte rendu de gestion (art.
 * R124-5 CPCE) as it stands today, printed like any letter but not filed (it is a reading, not a
 * letter sent). The caller checks that the dossier is the créancier's.
 */
@Component
public class RelevesDuCreancier {

    private final RedactionDesCourriers redaction;
    private final GabaritsDeCourriers gabarits;
    private final ImpressionEnPdf impression;
    private final Clock horloge;

    RelevesDuCreancier(RedactionDesCourriers redaction, GabaritsDeCourriers gabarits, ImpressionEnPdf impression, Clock horloge) {
        this.redaction = redaction;
        this.gabarits = gabarits;
        this.impression = impression;
        this.horloge = horloge;
    }

    /** The PDF, or why it cannot be made today (the office's identity not entered, a rate missing…). */
    public record Releve(Optional<byte[]> pdf, Optional<String> impossible) {
    }

    /** Not in a transaction of its own: the reading has its own, and a refusal must not roll back a caller's. */
    public Releve compteRendu(DossierId dossier) {
        try {
            RedactionDesCourriers.Redaction redigee = redaction.rediger(dossier, ModeleDeCourrier.COMPTE_RENDU,
                    LocalDate.now(horloge), Optional.empty());
            return new Releve(Optional.of(impression.imprimer(gabarits.rendre(ModeleDeCourrier.COMPTE_RENDU,
                    redigee.variables()).html())), Optional.empty());
        } catch (CourrierImpossible impossible) {
            return new Releve(Optional.empty(), Optional.of(impossible.getMessage()));
        }
    }
}
