package fr.etude.dossier.web.transmission;

import jakarta.validation.constraints.NotNull;

import org.springframework.web.multipart.MultipartFile;

import fr.etude.dossier.core.transmission.Imports;

/** A CSV file of dossiers to import, and what to do if some lines are wrong. */
public class ImportSaisi {

    private MultipartFile fichier;
    @NotNull
    private Imports.Mode mode = Imports.Mode.LIGNES_VALIDES;

    public MultipartFile getFichier() { return fichier; }
    public void setFichier(MultipartFile fichier) { this.fichier = fichier; }
    public Imports.Mode getMode() { return mode; }
    public void setMode(Imports.Mode mode) { this.mode = mode; }
}
