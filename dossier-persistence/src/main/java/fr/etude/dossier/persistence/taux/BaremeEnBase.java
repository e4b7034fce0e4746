package fr.etude.dossier.persistence.taux;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import fr.etude.dossier.core.taux.BaremePublie;
import fr.etude.dossier.core.taux.Baremes;
import fr.etude.dossier.core.taux.Semestre;

/**
 * The rate tables as the database holds them now. A décompte takes one snapshot (two small
 * queries), so a half-year the administrator adds is used at once, on every instance.
 */
@Component
class BaremeEnBase implements Baremes {

    private final JdbcClient jdbc;

    BaremeEnBase(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public BaremePublie enVigueur() {
        Map<Semestre, BigDecimal[]> legal = new HashMap<>();
        Set<Semestre> legalAConfirmer = new HashSet<>();
        jdbc.sql("select debut, taux_particulier, taux_autres_cas, confirme from taux_interet_legal")
                .query(rs -> {
                    Semestre semestre = Semestre.contenant(rs.getObject("debut", LocalDate.class));
                    legal.put(semestre, new BigDecimal[] {rs.getBigDecimal("taux_particulier"), rs.getBigDecimal("taux_autres_cas")});
                    if (!rs.getBoolean("confirme")) {
                        legalAConfirmer.add(semestre);
                    }
                });
        Map<Semestre, BigDecimal> bce = new HashMap<>();
        Set<Semestre> bceAConfirmer = new HashSet<>();
        jdbc.sql("select debut, taux, confirme from taux_refinancement_bce")
                .query(rs -> {
                    Semestre semestre = Semestre.contenant(rs.getObject("debut", LocalDate.class));
                    bce.put(semestre, rs.getBigDecimal("taux"));
                    if (!rs.getBoolean("confirme")) {
                        bceAConfirmer.add(semestre);
                    }
                });
        return BaremePublie.de(legal, bce, legalAConfirmer, bceAConfirmer);
    }
}
