package fr.etude.dossier.web.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.expression.MethodResolver;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

import fr.etude.dossier.core.argent.Montant;

/** The pages' method calls on the application's classes go straight to the method when no conversion is needed. */
class AppelsDeMethodesTest {

    private final AppelsDeMethodes appels = AppelsDeMethodes.INSTANCE;
    private final StandardEvaluationContext contexte = new StandardEvaluationContext();

    AppelsDeMethodesTest() {
        List<MethodResolver> resolveurs = new ArrayList<>(contexte.getMethodResolvers());
        resolveurs.add(0, appels);
        contexte.setMethodResolvers(resolveurs);
        contexte.setVariable("montant", Montant.of("12.50"));
    }

    @Test
    void aCallWhoseArgumentsHaveTheParametersTypesIsMadeByItAndGivesTheMethodsResult() {
        assertThat(appels.resolve(contexte, Montant.of("1"), "plus", List.of(TypeDescriptor.valueOf(Montant.class)))).isNotNull();

        assertThat(evaluer("#montant.plus(#montant)")).isEqualTo(Montant.of("25.00"));
        assertThat(evaluer("#montant.plus(#montant).estPositif()")).isEqualTo(true);
    }

    @Test
    void aCallNeedingAConversionOrOutsideTheApplicationGoesOnToSpelsOwnResolver() {
        assertThat(appels.resolve(contexte, Montant.of("1"), "fois", List.of(TypeDescriptor.valueOf(Integer.class)))).isNull();
        assertThat(appels.resolve(contexte, "texte", "length", List.of())).isNull();
        assertThat(appels.resolve(contexte, Montant.class, "of", List.of(TypeDescriptor.valueOf(String.class)))).isNull();

        assertThat(evaluer("#montant.fois(3)")).isEqualTo(Montant.of("37.50"));
        assertThat(evaluer("'texte'.length()")).isEqualTo(5);
    }

    @Test
    void theMethodsOwnFailureReachesThePageAsItWas() {
        assertThatThrownBy(() -> evaluer("#montant.plus(null)")).isInstanceOf(NullPointerException.class);
    }

    private Object evaluer(String expression) {
        return new SpelExpressionParser().parseExpression(expression).getValue(contexte);
    }
}
