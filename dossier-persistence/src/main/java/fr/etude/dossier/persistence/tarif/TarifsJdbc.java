package fr.etude.dossier.persistence.tarif;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.tarif.TarifDeRecouvrement;
import fr.etude.dossier.core.tarif.Tarifs;

/** The recovery tariffs, assembled from their rows (the fixed amount and the bands of each date). */
@Repository
@Transactional(readOnly = true)
class TarifsJdbc implements Tarifs {

    private final JdbcClient jdbc;

    TarifsJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<TarifDeRecouvrement> enVigueur(TarifDeRecouvrement.Cote cote, LocalDate le) {
        return tous().stream().filter(tarif -> tarif.cote() == cote && !tarif.enVigueurLe().isAfter(le)).findFirst();
    }

    @Override
    public List<TarifDeRecouvrement> tous() {
        record Ligne(String cote, LocalDate le, String nature, BigDecimal de, BigDecimal a, BigDecimal taux,
                     BigDecimal fixe, BigDecimal plafond, String source, boolean confirme) {
        }
        List<Ligne> lignes = jdbc.sql("""
                select cote, en_vigueur_le, nature, tranche_de, tranche_a, taux_pourcent, montant_fixe, plafond, source,
                       confirme
                  from tarif where code in ('A444-31', 'A444-32') order by en_vigueur_le desc, cote, nature, tranche_de
                """).query((rs, n) -> new Ligne(rs.getString("cote"), rs.getObject("en_vigueur_le", LocalDate.class),
                rs.getString("nature"), rs.getBigDecimal("tranche_de"), rs.getBigDecimal("tranche_a"),
                rs.getBigDecimal("taux_pourcent"), rs.getBigDecimal("montant_fixe"), rs.getBigDecimal("plafond"),
                rs.getString("source"), rs.getBoolean("confirme"))).list();
        Map<String, List<Ligne>> parTarif = new LinkedHashMap<>();
        lignes.forEach(ligne -> parTarif.computeIfAbsent(ligne.cote() + ligne.le(), cle -> new ArrayList<>()).add(ligne));
        List<TarifDeRecouvrement> tarifs = new ArrayList<>();
        for (List<Ligne> tarif : parTarif.values()) {
            Optional<Ligne> forfait = tarif.stream().filter(ligne -> ligne.nature().equals("FORFAIT")).findFirst();
            List<TarifDeRecouvrement.Tranche> tranches = tarif.stream().filter(ligne -> ligne.nature().equals("TRANCHE"))
                    .map(ligne -> new TarifDeRecouvrement.Tranche(Montant.of(ligne.de()),
                            Optional.ofNullable(ligne.a()).map(Montant::of), ligne.taux())).toList();
            Ligne premiere = tarif.get(0);
            tarifs.add(new TarifDeRecouvrement(TarifDeRecouvrement.Cote.valueOf(premiere.cote()), premiere.le(),
                    forfait.map(ligne -> Montant.of(ligne.a())).orElse(Montant.ZERO),
                    forfait.map(ligne -> Montant.of(ligne.fixe())).orElse(Montant.ZERO), tranches,
                    Montant.of(premiere.plafond()), premiere.source(), tarif.stream().allMatch(Ligne::confirme)));
        }
        tarifs.sort(Comparator.comparing(TarifDeRecouvrement::enVigueurLe).reversed());
        return tarifs;
    }
}
