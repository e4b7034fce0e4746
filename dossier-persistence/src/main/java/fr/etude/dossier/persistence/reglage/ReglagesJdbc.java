package fr.etude.dossier.persistence.reglage;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.reglage.Reglage;
import fr.etude.dossier.core.reglage.ReglagesDeLEtude;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.persistence.audit.JournalAudit;

/** The office's settings, in the parametre table, read at each use. */
@Repository
@Transactional
class ReglagesJdbc implements ReglagesDeLEtude {

    private final JdbcClient jdbc;
    private final JournalAudit journal;

    ReglagesJdbc(JdbcClient jdbc, JournalAudit journal) {
        this.jdbc = jdbc;
        this.journal = journal;
    }

    @Override
    @Transactional(readOnly = true)
    public String valeur(Reglage reglage) {
        return jdbc.sql("select valeur from parametre where cle = :cle").param("cle", reglage.cle()).query(String.class)
                .optional().orElseThrow(() -> new IllegalStateException("Réglage absent de la base : " + reglage.cle()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReglageEnVigueur> tous() {
        Map<String, Reglage> parCle = Arrays.stream(Reglage.values()).collect(Collectors.toMap(Reglage::cle, Function.identity()));
        Map<Reglage, ReglageEnVigueur> lus = jdbc.sql("select cle, valeur, description, source from parametre")
                .query((rs, n) -> parCle.containsKey(rs.getString("cle")) ? new ReglageEnVigueur(parCle.get(rs.getString("cle")),
                        rs.getString("valeur"), rs.getString("description"), rs.getString("source")) : null)
                .list().stream().filter(java.util.Objects::nonNull)
                .collect(Collectors.toMap(ReglageEnVigueur::reglage, Function.identity()));
        return Arrays.stream(Reglage.values()).filter(lus::containsKey).map(lus::get).toList();
    }

    @Override
    public void modifier(Reglage reglage, String valeur, UtilisateurId auteur, String nomDeLAuteur) {
        String avant = etat(reglage);
        jdbc.sql("update parametre set valeur = :valeur where cle = :cle").param("valeur", valeur).param("cle", reglage.cle())
                .update();
        journal.journaliser(new Auteur(auteur, nomDeLAuteur), "parametre", reglage.cle(),
                "MODIFICATION", avant, etat(reglage));
    }

    private String etat(Reglage reglage) {
        return jdbc.sql("select to_jsonb(p)::text from parametre p where cle = :cle").param("cle", reglage.cle())
                .query(String.class).single();
    }
}
