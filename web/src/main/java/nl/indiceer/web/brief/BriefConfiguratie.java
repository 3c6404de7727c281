package nl.indiceer.web.brief;

import java.nio.file.Path;
import nl.indiceer.brief.Briefmaker;
import nl.indiceer.brief.Briefsjablonen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the letter templates ({@code indiceer.brieven}, default {@code brieven} relative to the working directory)
 * once, at start, and checks them by rendering a sample letter: a wrong template stops the start (with the file
 * and line, see {@link BriefsjablonenAnalyse}), not the first decision.
 */
@Configuration(proxyBeanMethods = false)
public class BriefConfiguratie {

    private static final Logger LOG = LoggerFactory.getLogger(BriefConfiguratie.class);

    @Bean
    Briefmaker briefmaker(@Value("${indiceer.brieven:brieven}") String brieven) {
        Path map = Path.of(brieven);
        Briefsjablonen sjablonen = Briefsjablonen.laad(map);
        LOG.info("Briefsjablonen geladen uit {}: briefhoofden voor {}{}", map.toAbsolutePath().normalize(),
                sjablonen.gemeentecodes(), sjablonen.heeftStandaard() ? " en een standaardbriefhoofd" : "");
        return new Briefmaker(sjablonen);
    }
}
