package fr.etude.dossier.persistence.dossier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dossier numbers, one counter per year. The update takes a row lock, so two instances never hand
 * out the same number; a new year's counter starts after any reference already used that year.
 */
@Component
public class CompteurDeReferences {

    private final JdbcTemplate jdbc;

    CompteurDeReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Reserves {@code nombre} consecutive numbers and returns the first. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int reserver(int annee, int nombre) {
        jdbc.update("""
                insert into compteur_reference (annee, dernier)
                select ?, coalesce(max(cast(substring(reference from 6) as integer)), 0)
                  from dossier where reference like ?
                on conflict (annee) do nothing
                """, annee, annee + "-%");
        Integer dernier = jdbc.queryForObject(
                "update compteur_reference set dernier = dernier + ? where annee = ? returning dernier",
                Integer.class, nombre, annee);
        if (dernier > 999_999) {
            throw new IllegalStateException("Plus de 999 999 dossiers pour l'année " + annee + " : la référence déborde.");
        }
        return dernier - nombre + 1;
    }
}
