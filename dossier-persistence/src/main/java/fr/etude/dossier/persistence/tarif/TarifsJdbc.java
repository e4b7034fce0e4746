package fr.etude.dossier.persistence.tarif;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.utilisateur.UtilisateurId;
import fr.etude.dossier.persistence.audit.JournalAudit;
import fr.etude.dossier.core.tarif.TarifDeRecouvrement;
import fr.etude.dossier.core.tarif.Tarifs;

/**
 * The recovery tariffs, assembled from their rows (the fixed amount and the bands of each date), read
 * at each use; a tariff added or checked again is written in the audit journal with its reason.
 */
@Repository
@Transactional(readOnly = true)
class TarifsJdbc implements Tarifs {

    private static final String LIBELLE_DEBITEUR = "Droit proportionnel de recouvrement à la charge du débiteur";
    private static final String LIBELLE_CREANCIER = "Droit proportionnel de recouvrement à la charge du créancier";

    private final JdbcClient jdbc;
    private final JournalAudit journal;

    TarifsJdbc(JdbcClient jdbc, JournalAudit journal) {
        this.jdbc = jdbc;
        this.journal = journal;
    }

    @Override
    public List<TarifDeRecouvrement> tous() {
        record Ligne(String cote, LocalDate le, String nature, BigDecimal de, BigDecimal a, BigDecimal taux,
                     BigDecimal fixe, BigDecimal plafond, String source, LocalDate publieLe, boolean confirme) {
        }
        List<Ligne> lignes = jdbc.sql("""
                select cote, en_vigueur_le, nature, tranche_de, tranche_a, taux_pourcent, montant_fixe, plafond, source,
                       publie_le, confirme
                  from tarif where code in ('A444-31', 'A444-32') order by en_vigueur_le desc, cote, nature, tranche_de
                """).query((rs, n) -> new Ligne(rs.getString("cote"), rs.getObject("en_vigueur_le", LocalDate.class),
                rs.getString("nature"), rs.getBigDecimal("tranche_de"), rs.getBigDecimal("tranche_a"),
                rs.getBigDecimal("taux_pourcent"), rs.getBigDecimal("montant_fixe"), rs.getBigDecimal("plafond"),
                rs.getString("source"), rs.getObject("publie_le", LocalDate.class), rs.getBoolean("confirme"))).list();
        Map<String, List<Ligne>> parTarif = new LinkedHashMap<>();
        lignes.forEach(ligne -> parTarif.computeIfAbsent(ligne.cote() + ligne.le(), cle -> new ArrayList<>()).add(ligne));
        List<TarifDeRecouvrement> tarifs = new ArrayList<>();
        for (List<Ligne> tarif : parTarif.values()) {
            Optional<Ligne> forfait = tarif.stream().filter(ligne -> ligne.nature().equals("FORFAIT")).findFirst();
            List<TarifDeRecouvrement.Tranche> tranches = tarif.stream().filter(ligne -> ligne.nature().equals("TRANCHE"))
                    .map(ligne -> new TarifDeRecouvrement.Tranche(Montant.of(ligne.de()),
                            Optional.ofNullable(ligne.a()).map(Montant::of), ligne.taux().stripTrailingZeros())).toList();
            Ligne premiere = tarif.get(0);
            tarifs.add(new TarifDeRecouvrement(TarifDeRecouvrement.Cote.valueOf(premiere.cote()), premiere.le(),
                    forfait.map(ligne -> Montant.of(ligne.a())).orElse(Montant.ZERO),
                    forfait.map(ligne -> Montant.of(ligne.fixe())).orElse(Montant.ZERO), tranches,
                    Montant.of(premiere.plafond()), premiere.source(), Optional.ofNullable(premiere.publieLe()),
                    tarif.stream().allMatch(Ligne::confirme)));
        }
        tarifs.sort(Comparator.comparing(TarifDeRecouvrement::enVigueurLe).reversed());
        return tarifs;
    }

    /**
     * Writes the tariff's rows, all of them: those of that side and date are replaced by the new ones
     * (a tariff checked again keeps its bands), in the transaction of the audit.
     */
    @Override
    @Transactional
    public void enregistrer(TarifDeRecouvrement tarif, Optional<String> motif, UtilisateurId auteur, String nomDeLAuteur) {
        String code = code(tarif.cote());
        String avant = etat(code, tarif.enVigueurLe(), Optional.empty());
        jdbc.sql("delete from tarif where code = :code and en_vigueur_le = :le").param("code", code)
                .param("le", tarif.enVigueurLe()).update();
        String libelle = tarif.cote() == TarifDeRecouvrement.Cote.DEBITEUR ? LIBELLE_DEBITEUR : LIBELLE_CREANCIER;
        if (tarif.seuilDuForfait().estPositif()) {
            inserer(tarif, code, libelle, "FORFAIT", Montant.ZERO, tarif.seuilDuForfait(), null, tarif.forfait().valeur());
        }
        for (TarifDeRecouvrement.Tranche tranche : tarif.tranches()) {
            inserer(tarif, code, libelle, "TRANCHE", tranche.de(), tranche.jusqua().orElse(null), tranche.tauxPourcent(), null);
        }
        journal.journaliser(new Auteur(auteur, nomDeLAuteur), "tarif", code + " " + tarif.enVigueurLe(),
                avant == null ? "AJOUT" : "CORRECTION", avant, etat(code, tarif.enVigueurLe(), motif));
    }

    private void inserer(TarifDeRecouvrement tarif, String code, String libelle, String nature, Montant de, Montant a,
                         BigDecimal taux, BigDecimal fixe) {
        jdbc.sql("""
                insert into tarif (id, code, libelle, cote, nature, tranche_de, tranche_a, taux_pourcent, montant_fixe, plafond,
                                   en_vigueur_le, source, publie_le, confirme)
                values (:id, :code, :libelle, :cote, :nature, :de, :a, :taux, :fixe, :plafond, :le, :source, :publie, :confirme)
                """).param("id", UUID.randomUUID()).param("code", code).param("libelle", libelle)
                .param("cote", tarif.cote().name()).param("nature", nature).param("de", de.valeur())
                .param("a", a == null ? null : a.valeur()).param("taux", taux).param("fixe", fixe)
                .param("plafond", tarif.plafond().valeur()).param("le", tarif.enVigueurLe()).param("source", tarif.source())
                .param("publie", tarif.publieLe().orElse(null)).param("confirme", tarif.confirme()).update();
    }

    /** The tariff's rows as one JSON array (null when there is none), with the reason of the change. */
    private String etat(String code, LocalDate le, Optional<String> motif) {
        return jdbc.sql("""
                select jsonb_build_object('lignes', jsonb_agg(to_jsonb(t) - 'id' order by t.nature, t.tranche_de))
                       || jsonb_strip_nulls(jsonb_build_object('motif', cast(:motif as text)))
                  from tarif t where code = :code and en_vigueur_le = :le having count(*) > 0
                """).param("code", code).param("le", le).param("motif", motif.orElse(null))
                .query(String.class).optional().orElse(null);
    }

    private static String code(TarifDeRecouvrement.Cote cote) {
        return cote == TarifDeRecouvrement.Cote.DEBITEUR ? "A444-31" : "A444-32";
    }
}
