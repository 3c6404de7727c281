package nl.indiceer.berichten.xml;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.indiceer.berichten.Retourbericht;

/**
 * Whatever bytes arrive as a retour message, the reader answers with a retour or with its own rejection (every reason
 * with a line and a text), never with another exception. A normal run tries the seeds (RetourlezerFuzzTestInputs);
 * {@code JAZZER_FUZZ=1} mutates them.
 */
class RetourlezerFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void leestElkeInvoer(byte[] inhoud) {
        Retourbericht r;
        try {
            r = Retourlezer.lees(inhoud);
        } catch (OngeldigBerichtException e) {
            assertThat(e.meldingen()).isNotEmpty().allSatisfy(m -> {
                assertThat(m.regel()).isNotNegative();
                assertThat(m.code()).isNotBlank();
                assertThat(m.tekst()).isNotBlank().doesNotContainPattern("\\p{Cntrl}");
            });
            assertThat(Retourlezer.isRetour(inhoud) || !e.meldingen().isEmpty()).isTrue();
            return;
        }
        assertThat(Retourlezer.isRetour(inhoud)).isTrue();
        assertThat(r.afzender()).matches("[0-9]{4}");
        assertThat(r.delen()).allSatisfy(d -> assertThat(d.codes()).isNotEmpty()
                .allSatisfy(c -> assertThat(c).matches("[0-9A-Z]{4}")));
    }
}
