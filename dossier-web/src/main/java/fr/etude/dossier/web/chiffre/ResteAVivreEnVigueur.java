package fr.etude.dossier.web.chiffre;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.chiffre.ChiffreDeLaLoi;
import fr.etude.dossier.core.chiffre.LigneDeChiffre;
import fr.etude.dossier.core.chiffre.TableDuChiffre;
import fr.etude.dossier.core.debiteur.ResteAVivre;
import fr.etude.dossier.core.debiteur.SituationFinanciere;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.web.format.Messages;

/**
 * The reste-à-vivre scale with the RSA for one person in force on a date, read from the dated figures
 * at each use (art. L262-2 CASF). When the revaluation of 1 April is not entered, the last value is used
 * and {@link #avertissement} says so; the household coefficients stay in configuration.
 */
@Service
public class ResteAVivreEnVigueur {

    private final ChiffresEnVigueur chiffres;
    private final List<BigDecimal> coefficients;
    private final BigDecimal parPersonneSupplementaire;
    private final Messages messages;
    private final Clock horloge;

    ResteAVivreEnVigueur(ChiffresEnVigueur chiffres, @Value("${dossier.reste-a-vivre.coefficients}") List<BigDecimal> coefficients,
                         @Value("${dossier.reste-a-vivre.par-personne-supplementaire}") BigDecimal parPersonneSupplementaire,
                         Messages messages, Clock horloge) {
        this.chiffres = chiffres;
        this.coefficients = List.copyOf(coefficients);
        this.parPersonneSupplementaire = parPersonneSupplementaire;
        this.messages = messages;
        this.horloge = horloge;
    }

    /** The scale on {@code jour}: the RSA in force then, or the nearest known when none is (said by {@link #avertissement}). */
    @Transactional(readOnly = true)
    public ResteAVivre au(LocalDate jour) {
        return new ResteAVivre(Montant.of(rsaRetenu(chiffres.table(ChiffreDeLaLoi.RSA_PERSONNE_SEULE), jour).valeur()),
                coefficients, parPersonneSupplementaire);
    }

    /** The monthly capacity of a declaration, with the RSA in force on the day it was declared. */
    @Transactional(readOnly = true)
    public Montant capaciteMensuelle(SituationFinanciere situation) {
        return au(situation.declareeLe()).capaciteMensuelle(situation);
    }

    /** Said next to a capacity when the RSA of today is not entered and an older one is used. */
    @Transactional(readOnly = true)
    public Optional<String> avertissement() {
        LocalDate aujourdhui = LocalDate.now(horloge);
        TableDuChiffre rsa = chiffres.table(ChiffreDeLaLoi.RSA_PERSONNE_SEULE);
        Optional<LocalDate> manquant = rsa.revalorisationManquanteLe(aujourdhui)
                .or(() -> rsa.enVigueurLe(aujourdhui).isEmpty() ? Optional.of(aujourdhui) : Optional.empty());
        return manquant.map(le -> {
            LigneDeChiffre retenu = rsaRetenu(rsa, aujourdhui);
            return messages.texte("resteAVivre.rsaManquant", FormatFrancais.date(le), retenu.valeurEcrite(),
                    FormatFrancais.date(retenu.debut()));
        });
    }

    private static LigneDeChiffre rsaRetenu(TableDuChiffre rsa, LocalDate jour) {
        return rsa.enVigueurLe(jour).or(() -> rsa.periodes().stream().reduce((recente, ancienne) -> ancienne)
                .map(TableDuChiffre.Periode::ligne)).orElseThrow(() -> new RegleEnfreinte(
                "Le RSA d'une personne seule (art. L262-2 CASF) n'est pas saisi : l'administrateur doit le saisir."));
    }
}
