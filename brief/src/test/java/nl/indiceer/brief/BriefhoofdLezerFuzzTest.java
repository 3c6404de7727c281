package nl.indiceer.brief;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import nl.indiceer.regeling.Probleem;

/**
 * Whatever bytes a letterhead file holds, the reader answers with a letterhead or with problems, never with another
 * exception. A normal test run tries only the seeds (src/test/resources/.../BriefhoofdLezerFuzzTestInputs); with
 * {@code JAZZER_FUZZ=1} Jazzer mutates them.
 */
class BriefhoofdLezerFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void leestElkBestand(byte[] inhoud) {
        List<Probleem> problemen = new ArrayList<>();
        Briefhoofd h = BriefhoofdLezer.lees(inhoud, "briefhoofden/0034.yaml", "0034", problemen);
        assertThat(h == null).as("een briefhoofd, of problemen: %s", problemen).isEqualTo(!problemen.isEmpty());
        if (h != null) {
            assertThat(h.naam()).isNotBlank();
            assertThat(h.postadres()).isNotEmpty().hasSizeLessThanOrEqualTo(BriefhoofdLezer.MAXIMAAL_ADRESREGELS);
            assertThat(h.ondertekenaar()).isNotBlank();
        }
    }
}
