package fr.etude.dossier.web.config;

import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.IDialect;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.dialect.SpringStandardDialect;
import org.thymeleaf.spring6.expression.SPELVariableExpressionEvaluator;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;

/**
 * Thymeleaf's Spring dialect, whose expressions read the application's values through
 * {@link AccesseurDesValeurs} first. Put in place of the dialect the template engine was built with,
 * its settings kept, the other dialects (security) left as they are.
 */
final class DialecteDesPages extends SpringStandardDialect {

    private static final IStandardVariableExpressionEvaluator EVALUATION = DialecteDesPages::evaluer;

    @Override
    public IStandardVariableExpressionEvaluator getVariableExpressionEvaluator() {
        return EVALUATION;
    }

    /** Each page has its evaluation context: the accessor goes first in it, once. */
    private static Object evaluer(IExpressionContext contexte, IStandardVariableExpression expression,
                                  StandardExpressionExecutionContext execution) {
        if (contexte.getVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME)
                instanceof EvaluationContext evaluation) {
            List<PropertyAccessor> accesseurs = evaluation.getPropertyAccessors();
            // The page's own context holds a list of its own; a wrapped one (security's) is left as it is.
            if (accesseurs instanceof java.util.ArrayList<PropertyAccessor>
                    && (accesseurs.isEmpty() || accesseurs.get(0) != AccesseurDesValeurs.INSTANCE)) {
                accesseurs.add(0, AccesseurDesValeurs.INSTANCE);
            }
        }
        return SPELVariableExpressionEvaluator.INSTANCE.evaluate(contexte, expression, execution);
    }

    /** Replaces the engine's Spring dialect by this one before the engine starts. */
    static final class Installation implements BeanPostProcessor {

        @Override
        public Object postProcessAfterInitialization(Object bean, String nom) {
            if (bean instanceof SpringTemplateEngine moteur) {
                Set<IDialect> dialectes = moteur.getDialects();
                DialecteDesPages dialecte = new DialecteDesPages();
                dialectes.stream().filter(SpringStandardDialect.class::isInstance).map(SpringStandardDialect.class::cast).findFirst()
                        .ifPresent(origine -> {
                            dialecte.setEnableSpringELCompiler(origine.getEnableSpringELCompiler());
                            dialecte.setRenderHiddenMarkersBeforeCheckboxes(origine.getRenderHiddenMarkersBeforeCheckboxes());
                        });
                List<IDialect> autres = dialectes.stream().filter(autre -> !(autre instanceof SpringStandardDialect)).toList();
                moteur.setDialect(dialecte);
                autres.forEach(moteur::addDialect);
            }
            return bean;
        }
    }
}
