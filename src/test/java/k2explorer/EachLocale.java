package k2explorer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs a test once in each locale the app is tested in ({@link #LOCALES}: en-US, de-DE, fr-FR), with that locale as
 * the default from before the test instance is made (so view-models built in field initialisers are made in it) to
 * after the test; a {@code Locale} parameter receives it. Use it in place of {@code @Test}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(EachLocale.Runs.class)
public @interface EachLocale {
    /** The locales every number shown and typed is tested in. */
    List<Locale> LOCALES = List.of(Locale.US, Locale.GERMANY, Locale.FRANCE);

    /** Makes one run per locale. */
    final class Runs implements TestTemplateInvocationContextProvider {
        @Override
        public boolean supportsTestTemplate(ExtensionContext context) {
            return context.getTestMethod().map(m -> m.isAnnotationPresent(EachLocale.class)).orElse(false);
        }

        @Override
        public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
            return LOCALES.stream().map(locale -> new TestTemplateInvocationContext() {
                @Override
                public String getDisplayName(int invocationIndex) {
                    return locale.toLanguageTag();
                }

                @Override
                public List<Extension> getAdditionalExtensions() {
                    return List.of(new Pin(locale));
                }
            });
        }
    }

    /** Sets the default locale for one run and restores the one before it after. */
    final class Pin implements TestInstancePreConstructCallback, BeforeEachCallback, AfterEachCallback,
            ParameterResolver {
        private final Locale locale;
        private Locale saved;

        Pin(Locale locale) {
            this.locale = locale;
        }

        @Override
        public void preConstructTestInstance(TestInstanceFactoryContext factory, ExtensionContext context) {
            pin();
        }

        /** For a test instance made once per class, before this run. */
        @Override
        public void beforeEach(ExtensionContext context) {
            pin();
        }

        private void pin() {
            if (saved == null) {
                saved = Locale.getDefault();
                Locale.setDefault(locale);
            }
        }

        @Override
        public void afterEach(ExtensionContext context) {
            Locale.setDefault(saved);
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == Locale.class;
        }

        @Override
        public Locale resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return locale;
        }
    }
}
