package nl.indiceer.web.brief;

import nl.indiceer.brief.OngeldigSjabloonException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start stopped by wrong letter templates says which file and line, in Dutch, instead of a bean-creation trace. */
public class BriefsjablonenAnalyse extends AbstractFailureAnalyzer<OngeldigSjabloonException> {

    @Override
    protected FailureAnalysis analyze(Throwable root, OngeldigSjabloonException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Verbeter de genoemde bestanden in de map met briefsjablonen (instelling indiceer.brieven, "
                        + "standaard ./brieven; zie brieven/README.md) en start opnieuw.", cause);
    }
}
