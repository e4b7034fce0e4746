package fr.etude.dossier.persistence.debiteur;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import fr.etude.dossier.core.argent.Montant;
import fr.etude.dossier.core.debiteur.SituationFinanciere;
import fr.etude.dossier.core.dossier.SituationsDesDebiteurs;
import fr.etude.dossier.core.debiteur.SolutionNegociee;
import fr.etude.dossier.core.dossier.Auteur;
import fr.etude.dossier.core.dossier.DossierId;
import fr.etude.dossier.persistence.audit.JournalAudit;

@Repository
@Transactional
class SituationsDesDebiteursJdbc implements SituationsDesDebiteurs {

    private final JdbcClient jdbc;
    private final JournalAudit journal;

    SituationsDesDebiteursJdbc(JdbcClient jdbc, JournalAudit journal) {
        this.jdbc = jdbc;
        this.journal = journal;
    }

    @Override
    public void declarer(DossierId dossier, SituationFinanciere situation, Auteur auteur) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into situation_financiere (id, dossier_id, declaree_le, ressources, charges, autres_dettes,
                                                  personnes_a_charge, emploi, precisions, auteur_nom)
                values (:id, :dossier, :le, :ressources, :charges, :autresDettes, :personnes, :emploi, :precisions, :auteur)
                """)
                .param("id", id).param("dossier", dossier.value()).param("le", situation.declareeLe())
                .param("ressources", situation.ressources().valeur()).param("charges", situation.charges().valeur())
                .param("autresDettes", situation.autresDettes().valeur()).param("personnes", situation.personnesACharge())
                .param("emploi", situation.emploi().name()).param("precisions", situation.precisions())
                .param("auteur", auteur.nom())
                .update();
        journal.journaliser(auteur, "situation_financiere", id, "SITUATION_DECLAREE", null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SituationFinanciere> declarations(DossierId dossier) {
        return jdbc.sql("""
                select * from situation_financiere where dossier_id = :dossier
                 order by declaree_le desc, enregistree_le desc
                """)
                .param("dossier", dossier.value())
                .query((rs, row) -> new SituationFinanciere(rs.getObject("declaree_le", java.time.LocalDate.class),
                        Montant.of(rs.getBigDecimal("ressources")), Montant.of(rs.getBigDecimal("charges")),
                        Montant.of(rs.getBigDecimal("autres_dettes")), rs.getInt("personnes_a_charge"),
                        SituationFinanciere.Emploi.valueOf(rs.getString("emploi")), rs.getString("precisions")))
                .list();
    }

    @Override
    public void consigner(DossierId dossier, SolutionNegociee solution, Auteur auteur) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into solution_negociee (id, dossier_id, nature, decidee_le, montant, commentaire, auteur_nom)
                values (:id, :dossier, :nature, :le, :montant, :commentaire, :auteur)
                """)
                .param("id", id).param("dossier", dossier.value()).param("nature", solution.nature().name())
                .param("le", solution.decideeLe()).param("montant", solution.montant().map(Montant::valeur).orElse(null))
                .param("commentaire", solution.commentaire()).param("auteur", auteur.nom())
                .update();
        journal.journaliser(auteur, "solution_negociee", id, "SOLUTION_" + solution.nature().name(), null);
    }

    @Override
    @Transactional(readOnly = true)
    public List<SolutionNegociee> solutions(DossierId dossier) {
        return jdbc.sql("""
                select * from solution_negociee where dossier_id = :dossier order by decidee_le desc, enregistree_le desc
                """)
                .param("dossier", dossier.value())
                .query((rs, row) -> new SolutionNegociee(SolutionNegociee.Nature.valueOf(rs.getString("nature")),
                        rs.getObject("decidee_le", java.time.LocalDate.class),
                        Optional.ofNullable(rs.getBigDecimal("montant")).map(Montant::of), rs.getString("commentaire")))
                .list();
    }
}
