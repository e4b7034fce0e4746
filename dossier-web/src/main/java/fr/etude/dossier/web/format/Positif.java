package fr.etude.dossier.web.format;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import fr.etude.dossier.core.argent.Montant;

/** An amount above zero; absent is left to {@code @NotNull}. Message: {@code Positif} in the bundle. */
@Documented
@Constraint(validatedBy = Positif.Validateur.class)
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Positif {

    String message() default "{Positif}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validateur implements ConstraintValidator<Positif, Montant> {
        @Override
        public boolean isValid(Montant montant, ConstraintValidatorContext contexte) {
            return montant == null || montant.estPositif();
        }
    }
}
