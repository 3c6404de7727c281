package nl.indiceer.brief;

import java.util.Locale;
import java.util.Map;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.AlwaysValidCacheEntryValidity;
import org.thymeleaf.cache.ICacheEntryValidity;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.AbstractTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;
import org.thymeleaf.templateresource.StringTemplateResource;

/**
 * Thymeleaf (standalone, XML mode: the output stays well-formed XHTML) over the one template text read at load,
 * under its file name, so that a message names {@code brief.xhtml} and its line. The parsed template is cached:
 * a letter only fills it in. Thread-safe, as Thymeleaf's engine is.
 */
final class Sjabloonmotor {

    static final String NAAM = "brief.xhtml";

    private final TemplateEngine engine = new TemplateEngine();

    Sjabloonmotor(String sjabloon) {
        engine.setTemplateResolver(new AbstractTemplateResolver() {
            {
                setName("brieven");
            }

            @Override
            protected ITemplateResource computeTemplateResource(IEngineConfiguration c, String owner, String template,
                                                                Map<String, Object> attributen) {
                // only the template itself: th:insert of any other name finds nothing and fails at load
                return NAAM.equals(template) ? new StringTemplateResource(sjabloon) : null;
            }

            @Override
            protected TemplateMode computeTemplateMode(IEngineConfiguration c, String owner, String template,
                                                       Map<String, Object> attributen) {
                return TemplateMode.XML;
            }

            @Override
            protected ICacheEntryValidity computeValidity(IEngineConfiguration c, String owner, String template,
                                                          Map<String, Object> attributen) {
                return AlwaysValidCacheEntryValidity.INSTANCE;
            }
        });
    }

    String vulIn(Map<String, Object> model) {
        return engine.process(NAAM, new Context(Locale.forLanguageTag("nl-NL"), model));
    }
}
