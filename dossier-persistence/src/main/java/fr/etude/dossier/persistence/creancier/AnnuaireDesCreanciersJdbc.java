package fr.etude.dossier.persistence.creancier;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.creancier.AnnuaireDesCreanciers;
import fr.etude.dossier.core.creancier.CreancierId;

@Repository
@Transactional(readOnly = true)
class AnnuaireDesCreanciersJdbc implements AnnuaireDesCreanciers {

    private final JdbcClient jdbc;

    AnnuaireDesCreanciersJdbc(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<CreancierId, String> raisonsSociales() {
        Map<CreancierId, String> noms = new LinkedHashMap<>();
        jdbc.sql("select id, raison_sociale from creancier order by raison_sociale, id").query(rs -> {
            noms.put(new CreancierId(rs.getObject("id", UUID.class)), rs.getString("raison_sociale"));
        });
        return noms;
    }
}
