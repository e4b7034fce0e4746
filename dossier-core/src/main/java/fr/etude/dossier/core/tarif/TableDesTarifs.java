package fr.etude.dossier.core.tarif;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import fr.etude.dossier.core.argent.FormatFrancais;
import fr.etude.dossier.core.regle.RegleEnfreinte;

/**
 * The recovery tariffs of one side (art. A444-31 or A444-32 C. com.), each in force from its date
 * until the next arrêté: the periods follow each other, so a new tariff comes after the last one.
 * One already in force may have been used: checking it again (its source, its status) needs a reason.
 */
public final class TableDesTarifs {

    /** A tariff to confirm against its arrêté, in force or to come. */
    public record AFaire(TarifDeRecouvrement.Cote cote, LocalDate enVigueurLe) {
        public String libelle() {
            return "Tarif de recouvrement (" + cote.article() + ") du " + FormatFrancais.date(enVigueurLe) + " : à confirmer";
        }
    }

    /** A tariff and the last day it is in force, if a later one ends it. */
    public record Periode(TarifDeRecouvrement tarif, Optional<LocalDate> fin) {
        public boolean enVigueurLe(LocalDate jour) {
            return !tarif.enVigueurLe().isAfter(jour) && fin.map(dernier -> !jour.isAfter(dernier)).orElse(true);
        }
    }

    private final TarifDeRecouvrement.Cote cote;
    private final TreeMap<LocalDate, TarifDeRecouvrement> tarifs = new TreeMap<>();

    public TableDesTarifs(TarifDeRecouvrement.Cote cote, List<TarifDeRecouvrement> tarifs) {
        this.cote = cote;
        tarifs.stream().filter(tarif -> tarif.cote() == cote).forEach(tarif -> this.tarifs.put(tarif.enVigueurLe(), tarif));
    }

    public TarifDeRecouvrement.Cote cote() {
        return cote;
    }

    /** The tariffs with their periods, most recent first. */
    public List<Periode> periodes() {
        List<Periode> periodes = new ArrayList<>();
        for (TarifDeRecouvrement tarif : tarifs.descendingMap().values()) {
            periodes.add(new Periode(tarif, Optional.ofNullable(tarifs.higherKey(tarif.enVigueurLe()))
                    .map(suivant -> suivant.minusDays(1))));
        }
        return periodes;
    }

    public Optional<TarifDeRecouvrement> du(LocalDate enVigueurLe) {
        return Optional.ofNullable(tarifs.get(enVigueurLe));
    }

    /** The tariff in force on {@code jour}: the latest that came into force by then. */
    public Optional<TarifDeRecouvrement> enVigueurLe(LocalDate jour) {
        return Optional.ofNullable(tarifs.floorEntry(jour)).map(Map.Entry::getValue);
    }

    /** Adds a tariff after the last one: its period would otherwise overlap one already entered. */
    public TarifDeRecouvrement ajouter(TarifDeRecouvrement tarif) {
        exigerCeCote(tarif);
        if (tarifs.containsKey(tarif.enVigueurLe())) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "Un tarif " + cote.article() + " entre déjà en vigueur le "
                    + FormatFrancais.date(tarif.enVigueurLe()) + ".");
        }
        if (!tarifs.isEmpty() && tarif.enVigueurLe().isBefore(tarifs.lastKey())) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.DATE, "Un tarif du " + FormatFrancais.date(tarif.enVigueurLe())
                    + " chevaucherait celui du " + FormatFrancais.date(Optional.ofNullable(tarifs.lowerKey(tarif.enVigueurLe()))
                    .orElse(tarifs.firstKey())) + " : un nouveau tarif entre en vigueur après le "
                    + FormatFrancais.date(tarifs.lastKey()) + ".");
        }
        tarifs.put(tarif.enVigueurLe(), tarif);
        return tarif;
    }

    /** Records that a tariff was checked again (source, publication, status); one in force needs a reason. */
    public TarifDeRecouvrement verifier(LocalDate enVigueurLe, String source, Optional<LocalDate> publieLe, boolean confirme,
                                        Optional<String> motif, LocalDate aujourdhui) {
        TarifDeRecouvrement tarif = du(enVigueurLe).orElseThrow(() -> new RegleEnfreinte(RegleEnfreinte.Sujet.DATE,
                "Aucun tarif " + cote.article() + " n'entre en vigueur le " + FormatFrancais.date(enVigueurLe) + "."));
        if (!enVigueurLe.isAfter(aujourdhui) && motif.filter(texte -> !texte.isBlank()).isEmpty()) {
            throw new RegleEnfreinte(RegleEnfreinte.Sujet.MOTIF, "Ce tarif est en vigueur depuis le " + FormatFrancais.date(enVigueurLe)
                    + " : des frais ont pu en être calculés. Dites pourquoi vous le modifiez.");
        }
        TarifDeRecouvrement verifie = tarif.verifie(source, publieLe, confirme);
        tarifs.put(enVigueurLe, verifie);
        return verifie;
    }

    /** The tariffs to confirm that are in force or to come. */
    public List<AFaire> aFaire(LocalDate aujourdhui) {
        return periodes().stream().filter(periode -> !periode.tarif().confirme())
                .filter(periode -> periode.fin().map(fin -> !fin.isBefore(aujourdhui)).orElse(true))
                .map(periode -> new AFaire(cote, periode.tarif().enVigueurLe()))
                .sorted(java.util.Comparator.comparing(AFaire::enVigueurLe)).toList();
    }

    private void exigerCeCote(TarifDeRecouvrement tarif) {
        if (tarif.cote() != cote) {
            throw new IllegalArgumentException("Ce tarif est celui de l'" + tarif.cote().article() + ".");
        }
    }
}
