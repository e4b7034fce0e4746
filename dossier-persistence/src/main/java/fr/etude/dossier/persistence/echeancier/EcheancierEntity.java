package fr.etude.dossier.persistence.echeancier;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "echeancier")
class EcheancierEntity {

    @Id
    UUID id;

    @Column(name = "dossier_id", nullable = false)
    UUID dossierId;

    @Column(nullable = false)
    String statut;

    @Column(name = "montant_couvert", nullable = false)
    BigDecimal montantCouvert;

    @Column(name = "jours_de_grace", nullable = false)
    int joursDeGrace;

    String surete;

    @Column(name = "accepte_le")
    LocalDate accepteLe;

    @Column(name = "cree_le", nullable = false)
    Instant creeLe;

    @Version
    Long version;

    @ElementCollection
    @CollectionTable(name = "echeance", joinColumns = @JoinColumn(name = "echeancier_id"))
    @OrderBy("rang")
    List<Ligne> echeances = new ArrayList<>();

    @Embeddable
    static class Ligne {
        @Column(nullable = false)
        short rang;

        @Column(name = "date_echeance", nullable = false)
        LocalDate dateEcheance;

        @Column(nullable = false)
        BigDecimal montant;

        @Column(nullable = false)
        BigDecimal paye;
    }
}
