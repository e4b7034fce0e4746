package fr.etude.dossier.web.procedure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.chiffre.ChiffreDeLaLoi;
import fr.etude.dossier.core.chiffre.ChiffresDeLaLoi;
import fr.etude.dossier.core.regle.RegleEnfreinte;
import fr.etude.dossier.core.remuneration.BaremesDeSaisie;
import fr.etude.dossier.core.remuneration.QuotiteSaisissable;

/**
 * What enforcement may take, today, from the law's data: the seizable part of a salary (the year's
 * scale, art. R3252-2 C. trav., never below the RSA for one person, art. R3252-5) and the balance a
 * saisie-attribution leaves on a bank account (the RSA for one person, art. L162-2 and R162-2 CPCE).
 */
@Service
class Saisissable {

    private final BaremesDeSaisie baremes;
    private final ChiffresDeLaLoi chiffres;
    private final Clock horloge;

    Saisissable(BaremesDeSaisie baremes, ChiffresDeLaLoi chiffres, Clock horloge) {
        this.baremes = baremes;
        this.chiffres = chiffres;
        this.horloge = horloge;
    }

    @Transactional(readOnly = true)
    QuotiteSaisissable quotite(Montant salaireMensuelNet, int personnesACharge) {
        LocalDate aujourdhui = LocalDate.now(horloge);
        return baremes.table().enVigueurLe(aujourdhui).quotite(salaireMensuelNet, personnesACharge, rsaLe(aujourdhui));
    }

    /** The solde bancaire insaisissable today, or empty when the RSA in force is not entered. */
    @Transactional(readOnly = true)
    Optional<Montant> soldeBancaireInsaisissable() {
        try {
            return Optional.of(rsaLe(LocalDate.now(horloge)));
        } catch (RegleEnfreinte manquant) {
            return Optional.empty();
        }
    }

    private Montant rsaLe(LocalDate jour) {
        return chiffres.table(ChiffreDeLaLoi.RSA_PERSONNE_SEULE).montantLe(jour);
    }
}
