package fr.etude.dossier.web.courrier;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.courrier.ModeleDeCourrier;
import fr.etude.dossier.core.creancier.CreancierId;
import fr.etude.dossier.core.creancier.Creanciers;
import fr.etude.dossier.core.etude.Etude;
import fr.etude.dossier.core.etude.IdentiteDeLEtude;
import fr.etude.dossier.core.portefeuille.EtatDuPortefeuille;
import fr.etude.dossier.core.dossier.DossierId;

/**
 * The statement a créancier downloads for one of its dossiers: the compte rendu de gestion (art.
 * R124-5 CPCE) as it stands today, printed like any letter but not filed (it is a reading, not a
 * letter sent). The caller checks that the dossier is the créancier's.
 */
@Component
public class RelevesDuCreancier {

    /** Beyond this many dossiers, the statement is the spreadsheet export: a PDF of thousands of pages helps nobody. */
    public static final int DOSSIERS_MAX_DU_RELEVE = 2_000;

    private final RedactionDesCourriers redaction;
    private final GabaritsDeCourriers gabarits;
    private final ImpressionEnPdf impression;
    private final EtatDuPortefeuille etat;
    private final Etude etude;
    private final Creanciers creanciers;
    private final Clock horloge;

    RelevesDuCreancier(RedactionDesCourriers redaction, GabaritsDeCourriers gabarits, ImpressionEnPdf impression,
                       EtatDuPortefeuille etat, Etude etude, Creanciers creanciers, Clock horloge) {
        this.etat = etat;
        this.etude = etude;
        this.creanciers = creanciers;
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

    /** The créancier's whole portfolio as it stood at {@code au}: each dossier's principal, recovered and still owed. */
    @Transactional(readOnly = true)
    public Releve portefeuille(CreancierId creancier, LocalDate au) {
        Optional<IdentiteDeLEtude> office = etude.identite();
        if (office.isEmpty()) {
            return new Releve(Optional.empty(), Optional.of("l'identité de l'étude n'est pas encore complète."));
        }
        long nombre = etat.nombre(creancier, au);
        if (nombre > DOSSIERS_MAX_DU_RELEVE) {
            return new Releve(Optional.empty(), Optional.of(nombre + " dossiers dépassent les " + DOSSIERS_MAX_DU_RELEVE
                    + " d'un relevé imprimable : utilisez l'export CSV du portefeuille."));
        }
        List<EtatDuPortefeuille.Ligne> lignes = etat.au(creancier, au, DOSSIERS_MAX_DU_RELEVE);
        Map<String, Object> variables = new HashMap<>();
        variables.put("etude", RedactionDesCourriers.etude(office.get()));
        variables.put("creancier", Map.of("nom", creanciers.parId(creancier).map(lu -> lu.creancier().raisonSociale()).orElse("")));
        variables.put("au", FormatFrancais.date(au));
        variables.put("edite", FormatFrancais.date(LocalDate.now(horloge)));
        variables.put("lignes", lignes.stream().map(ligne -> Map.of("reference", ligne.reference(),
                "referenceCreancier", ligne.referenceCreancier(), "debiteur", ligne.debiteur(),
                "ouvertLe", FormatFrancais.date(ligne.ouvertLe()), "principal", FormatFrancais.euros(ligne.principal()),
                "recouvre", FormatFrancais.euros(ligne.recouvre()), "solde", FormatFrancais.euros(ligne.solde()))).toList());
        Montant principal = lignes.stream().map(EtatDuPortefeuille.Ligne::principal).reduce(Montant.ZERO, Montant::plus);
        Montant recouvre = lignes.stream().map(EtatDuPortefeuille.Ligne::recouvre).reduce(Montant.ZERO, Montant::plus);
        variables.put("totaux", Map.of("dossiers", lignes.size(), "principal", FormatFrancais.euros(principal),
                "recouvre", FormatFrancais.euros(recouvre), "solde", FormatFrancais.euros(principal.moins(recouvre))));
        return new Releve(Optional.of(impression.imprimer(gabarits.rendreDocument("releve-de-portefeuille",
                "Relevé du portefeuille", variables))), Optional.empty());
    }
}
