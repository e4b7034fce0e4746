package fr.etude.dossier.persistence.dossier;

import fr.etude.dossier.core.dossier.FiltreDeJournee;
import fr.etude.dossier.core.dossier.FiltreDuPortefeuille;
import fr.etude.dossier.core.dossier.Indicateur;
import fr.etude.dossier.core.dossier.ProchaineAction;

/**
 * The SQL of the dossier lists, in one place: the adapter runs it, the benchmark (bench/) measures
 * and explains the very same text. Named parameters (:gestionnaire…).
 */
public final class RequetesDesListes {

    static final String SELECT = """
            select d.id, d.reference, d.etape, d.statut, d.principal, d.recouvre, d.solde,
                   d.prochaine_action_le, d.prochaine_action, d.priorite, c.raison_sociale as creancier,
                   d.echeancier_en_cours, d.reclamation_ouverte, d.surendettement, d.prescription_le,
                   coalesce(db.raison_sociale, db.nom || coalesce(' ' || db.prenom, '')) as debiteur,
                   u.nom_affiche as gestionnaire
              from dossier d
              join creancier c on c.id = d.creancier_id
              join dossier_debiteur dd on dd.dossier_id = d.id and dd.rang = 1
              join debiteur db on db.id = dd.debiteur_id
              left join utilisateur u on u.id = d.gestionnaire_id
            """;

    private static final String NOM_DU_DEBITEUR =
            "sans_accents(lower(coalesce(db.raison_sociale, db.nom || ' ' || coalesce(db.prenom, ''))))";

    private RequetesDesListes() {
    }

    /**
     * The clerk's day by priority, sorted (priorite, -solde, date, id) exactly as the index
     * ix_dossier_journee; after a page, a row comparison with :priorite, :solde, :date, :id of its last
     * line, which the index answers with a seek. The filter adds its conditions (see {@link #filtre}).
     */
    public static String journee(boolean apresUnePage, FiltreDeJournee filtre) {
        return SELECT + JOURNEE + filtre(filtre) + (apresUnePage ? """
                   and (d.priorite, -d.solde, d.prochaine_action_le, d.id) > (:priorite, -cast(:solde as numeric), :date, :id)
                """ : "") + """
                 order by d.priorite, -d.solde, d.prochaine_action_le, d.id
                 limit :limite
                """;
    }

    /** The day's dossiers grouped by what the filters choose from, to count them (balance range applied). */
    public static String groupesDeLaJournee(FiltreDeJournee filtre) {
        return """
                select d.etape, d.creancier_id, c.raison_sociale as creancier, d.priorite, d.echeancier_en_cours,
                       d.reclamation_ouverte, d.surendettement,
                       coalesce(d.prescription_le <= :alerte, false) as prescription_proche, count(*) as nombre
                  from dossier d
                  join creancier c on c.id = d.creancier_id
                """ + JOURNEE + soldes(filtre) + " group by 1, 2, 3, 4, 5, 6, 7, 8";
    }

    private static final String JOURNEE = """
             where d.gestionnaire_id = :gestionnaire and d.statut = 'OUVERT'
               and d.prochaine_action_le <= :jour
            """;

    /**
     * The filter's conditions with named parameters :etape, :creancier, :soldeMin, :soldeMax and
     * :alerte (prescription); a promise due or an instalment missed is the priority (every action of
     * the day is due).
     */
    static String filtre(FiltreDeJournee filtre) {
        StringBuilder sql = new StringBuilder(soldes(filtre));
        filtre.etape().ifPresent(etape -> sql.append(" and d.etape = :etape"));
        filtre.creancier().ifPresent(creancier -> sql.append(" and d.creancier_id = :creancier"));
        for (Indicateur indicateur : filtre.indicateurs()) {
            sql.append(" and ").append(switch (indicateur) {
                case PROMESSE_ECHUE -> "d.priorite = " + ProchaineAction.Type.RAPPEL_PROMESSE.priorite();
                case ECHEANCE_IMPAYEE -> "d.priorite = " + ProchaineAction.Type.ECHEANCE_IMPAYEE.priorite();
                case ECHEANCIER_EN_COURS -> "d.echeancier_en_cours";
                case RECLAMATION_OUVERTE -> "d.reclamation_ouverte";
                case SURENDETTEMENT -> "d.surendettement";
                case PRESCRIPTION_PROCHE -> "d.prescription_le <= :alerte";
            });
        }
        return sql.append('\n').toString();
    }

    private static String soldes(FiltreDeJournee filtre) {
        return (filtre.soldeMin().isPresent() ? " and d.solde >= :soldeMin" : "")
                + (filtre.soldeMax().isPresent() ? " and d.solde <= :soldeMax" : "");
    }

    /** Requests to go to contentieux waiting for the commissaire, oldest first (index ix_dossier_demandes). */
    public static String demandesEnAttente() {
        return SELECT.replace(" from dossier d", """
                     , d.demande_escalade_justification, d.demande_escalade_par_nom, d.demande_escalade_le, d.version
                  from dossier d""") + " where d.demande_escalade_le is not null order by d.demande_escalade_le limit :limite";
    }

    /** A creditor's dossiers by reference, newest first; after a page: :reference of its last line. */
    public static String duCreancier(boolean apresUnePage) {
        return duCreancier(FiltreDuPortefeuille.TOUT, apresUnePage);
    }

    /**
     * The créancier's dossiers, filtered, in the order asked; after a page, past the last line's
     * reference (and balance, by balance). Parameters :creancier, :etape, :statut, :reference, :solde.
     */
    public static String duCreancier(FiltreDuPortefeuille filtre, boolean apresUnePage) {
        String conditions = " where d.creancier_id = :creancier "
                + (filtre.etape().isPresent() ? " and d.etape = :etape " : "")
                + (filtre.statut().isPresent() ? " and d.statut = :statut " : "");
        String ordre = switch (filtre.tri()) {
            case RECENTS -> (apresUnePage ? " and d.reference < :reference " : "") + " order by d.reference desc";
            case ANCIENS -> (apresUnePage ? " and d.reference > :reference " : "") + " order by d.reference";
            case SOLDE -> (apresUnePage ? " and (d.solde, d.reference) < (cast(:solde as numeric), :reference) " : "")
                    + " order by d.solde desc, d.reference desc";
        };
        return SELECT + conditions + ordre + " limit :limite";
    }

    /**
     * The créancier's dossiers by its own reference: the dossier's (exact, or its beginning) or a
     * créance's (an invoice number, exact).
     */
    public static String parReferenceDuCreancier() {
        return SELECT + " where d.creancier_id = :creancier and (d.reference_creancier like :debut"
                + " or exists (select 1 from creance cr where cr.dossier_id = d.id and cr.reference_creancier = :texte))"
                + " order by d.reference_creancier, d.reference limit :limite";
    }

    /**
     * Word similarity on unaccented lower case: "lefevre" finds Lefèvre, "dupont" finds Dupond. The
     * closest names first, in the order the GiST index gives them (distance {@code <<->}), so that a
     * common name does not sort thousands of matches.
     */
    public static String parNom(boolean duCreancierSeulement) {
        return SELECT + " where sans_accents(lower(:nom)) <% " + NOM_DU_DEBITEUR
                + (duCreancierSeulement ? " and d.creancier_id = :creancier " : "")
                + " order by sans_accents(lower(:nom)) <<-> " + NOM_DU_DEBITEUR + " limit :limite";
    }

    public static String parReference(boolean duCreancierSeulement) {
        return SELECT + " where d.reference like :reference "
                + (duCreancierSeulement ? " and d.creancier_id = :creancier " : "") + " order by d.reference limit :limite";
    }

    /** By an exact value of the débiteur: {@code colonne} is siren, telephone or lower(email). */
    public static String parCoordonnee(String colonne, boolean duCreancierSeulement) {
        return SELECT + " where " + colonne + " = :valeur "
                + (duCreancierSeulement ? " and d.creancier_id = :creancier " : "") + " order by d.reference desc limit :limite";
    }
}
