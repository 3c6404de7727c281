package nl.indiceer.berichten.xml;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import nl.indiceer.berichten.Bericht;

/**
 * Whatever bytes arrive, the reader answers with a message or with its own rejection (every reason with a line and a
 * text), never with another exception; and a message it accepts is written and read back unchanged. A normal test run
 * tries only the seeds (src/test/resources/.../BerichtlezerFuzzTestInputs); with {@code JAZZER_FUZZ=1} Jazzer mutates
 * them.
 */
class BerichtlezerFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void leestElkeInvoer(byte[] inhoud) {
        Bericht bericht;
        try {
            bericht = Berichtlezer.lees(inhoud);
        } catch (OngeldigBerichtException e) {
            assertThat(e.meldingen()).isNotEmpty().allSatisfy(m -> {
                assertThat(m.regel()).isNotNegative();
                assertThat(m.code()).isNotBlank();
                assertThat(m.tekst()).isNotBlank().doesNotContainPattern("\\p{Cntrl}");
            });
            return;
        }
        try {
            assertThat(Berichtlezer.lees(Berichtschrijver.schrijf(bericht))).isEqualTo(bericht);
        } catch (OngeldigBerichtException e) {
            throw new AssertionError("wat de lezer aanvaardt, schrijft de schrijver zo dat het weer gelezen wordt: "
                    + e.getMessage(), e);
        }
        new Berichtcontrole(null).controleer(inhoud);
    }
}
