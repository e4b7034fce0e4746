package fr.etude.dossier.persistence.dossier;

/**
 * The SQL of the dossier lists, in one place: the adapter runs it, the benchmark (bench/) measures
 * and explains the very same text. Named parameters (:gestionnaire…).
 */
public final class RequetesDesListes {

    static final String SELECT = """
            select d.id, d.reference, d.etape, d.statut, d.principal, d.recouvre, d.solde,
                   d.prochaine_action_le, d.prochaine_action, c.raison_sociale as creancier,
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
     * The clerk's day: oldest next action first, then the largest balance, sorted (date, -solde, id)
     * exactly as the index ix_dossier_journee; after a page, a row comparison with :date, :solde, :id of
     * its last line, which the index answers with a seek.
     */
    public static String journee(boolean apresUnePage) {
        return SELECT + """
                 where d.gestionnaire_id = :gestionnaire and d.statut = 'OUVERT'
                   and d.prochaine_action_le <= :jour
                """ + (apresUnePage ? """
                   and (d.prochaine_action_le, -d.solde, d.id) > (:date, -cast(:solde as numeric), :id)
                """ : "") + """
                 order by d.prochaine_action_le, -d.solde, d.id
                 limit :limite
                """;
    }

    /** Requests to go to contentieux waiting for the commissaire, oldest first (index ix_dossier_demandes). */
    public static String demandesEnAttente() {
        return SELECT.replace(" from dossier d", """
                     , d.demande_escalade_justification, d.demande_escalade_par_nom, d.demande_escalade_le, d.version
                  from dossier d""") + " where d.demande_escalade_le is not null order by d.demande_escalade_le limit :limite";
    }

    /** A creditor's dossiers by reference, newest first; after a page: :reference of its last line. */
    public static String duCreancier(boolean apresUnePage) {
        return SELECT + " where d.creancier_id = :creancier " + (apresUnePage ? " and d.reference < :reference " : "")
                + " order by d.reference desc limit :limite";
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
