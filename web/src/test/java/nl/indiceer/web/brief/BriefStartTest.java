package nl.indiceer.web.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import nl.indiceer.brief.OngeldigSjabloonException;
import nl.indiceer.web.IndiceerWebApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A wrong letter template stops the start with the file named, not the first decision. */
class BriefStartTest {

    @TempDir
    Path tmp;

    @Test
    void eenFoutSjabloonStoptDeStart() throws Exception {
        Path brieven = tmp.resolve("brieven");
        Path bron = Path.of(System.getProperty("indiceer.brieven"));
        try (Stream<Path> alle = Files.walk(bron)) {
            for (Path p : alle.toList()) {
                Path naar = brieven.resolve(bron.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(naar);
                } else {
                    Files.copy(p, naar);
                }
            }
        }
        Path sjabloon = brieven.resolve("brief.xhtml");
        Files.writeString(sjabloon, Files.readString(sjabloon).replace("</body>", "</lichaam>"));
        Throwable t = catchThrowable(() -> new SpringApplicationBuilder(IndiceerWebApplication.class).run(
                "--spring.datasource.url=jdbc:h2:mem:brief-start;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--server.port=0", "--INDICEER_BEHEERDER_WACHTWOORD=brief-start-wachtwoord",
                "--indiceer.brieven=" + brieven).close());
        assertThat(t).isNotNull();
        Throwable oorzaak = t;
        while (oorzaak != null && !(oorzaak instanceof OngeldigSjabloonException)) {
            oorzaak = oorzaak.getCause();
        }
        assertThat(oorzaak).as("de start stopt op de briefsjablonen").isInstanceOf(OngeldigSjabloonException.class);
        assertThat(oorzaak.getMessage()).contains("brief.xhtml").contains("geen geldige XHTML");
        FailureAnalysis analyse = new BriefsjablonenAnalyse().analyze(t);
        assertThat(analyse.getDescription()).contains(sjabloon.toString()).doesNotContain("Exception");
        assertThat(analyse.getAction()).contains("indiceer.brieven");
    }
}
