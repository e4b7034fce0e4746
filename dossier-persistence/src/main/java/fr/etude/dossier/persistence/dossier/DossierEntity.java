package fr.etude.dossier.persistence.dossier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.ListIndexBase;

@Entity
@Table(name = "dossier")
class DossierEntity {

    @Id
    UUID id;

    @Column(nullable = false)
    String reference;

    @Column(name = "creancier_id", nullable = false)
    UUID creancierId;

    @Column(nullable = false)
    String etape;

    @Column(nullable = false)
    String statut;

    @Column(name = "motif_cloture")
    String motifCloture;

    @Column(name = "gestionnaire_id")
    UUID gestionnaireId;

    @Column(nullable = false)
    BigDecimal principal;

    @Column(nullable = false)
    BigDecimal recouvre;

    @Column(nullable = false)
    BigDecimal solde;

    @Column(name = "trop_percu", nullable = false)
    BigDecimal tropPercu;

    @Column(name = "prochaine_action_le")
    LocalDate prochaineActionLe;

    @Column(name = "prochaine_action")
    String prochaineAction;

    /** The rank of the next action in the clerk's day, written with it. */
    @Column(nullable = false)
    short priorite = 3;

    @Column(name = "ouvert_le", nullable = false)
    LocalDate ouvertLe;

    @Column(name = "procedure")
    String procedure;

    @Column(name = "demande_escalade_cible")
    String demandeCible;

    @Column(name = "demande_escalade_justification")
    String demandeJustification;

    @Column(name = "demande_escalade_par")
    UUID demandePar;

    @Column(name = "demande_escalade_par_nom")
    String demandeParNom;

    @Column(name = "demande_escalade_le")
    Instant demandeLe;

    // Kept by SQL in the transaction of the plan that moves it; JPA writes it at creation only.
    @Column(name = "echeancier_en_cours", nullable = false, updatable = false)
    boolean echeancierEnCours;

    @Column(name = "reclamation_ouverte", nullable = false)
    boolean reclamationOuverte;

    @Column(nullable = false)
    boolean surendettement;

    @Column(name = "prescription_le")
    LocalDate prescriptionLe;

    @Version
    Long version;

    @ElementCollection
    @CollectionTable(name = "dossier_debiteur", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "rang")
    @ListIndexBase(1)
    @Column(name = "debiteur_id")
    List<UUID> debiteurs = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "dossier_blocage", joinColumns = @JoinColumn(name = "dossier_id"))
    @Column(name = "blocage")
    Set<String> blocages = new HashSet<>();

    @OneToMany(mappedBy = "dossier", cascade = CascadeType.ALL)
    @OrderBy("rang")
    List<CreanceEntity> creances = new ArrayList<>();
}
