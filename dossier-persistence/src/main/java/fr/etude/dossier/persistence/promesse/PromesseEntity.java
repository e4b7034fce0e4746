package fr.etude.dossier.persistence.promesse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "promesse")
class PromesseEntity {

    @Id
    UUID id;

    @Column(name = "dossier_id", nullable = false)
    UUID dossierId;

    @Column(name = "faite_le", nullable = false)
    LocalDate faiteLe;

    @Column(nullable = false)
    LocalDate echeance;

    @Column(nullable = false)
    BigDecimal montant;

    @Column(nullable = false)
    String etat;
}
