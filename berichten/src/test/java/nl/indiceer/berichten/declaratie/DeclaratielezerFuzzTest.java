package nl.indiceer.berichten.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import nl.indiceer.berichten.xml.OngeldigBerichtException;

/**
 * Whatever bytes arrive, the 323 reader hands over a head and prestaties or refuses with its own rejection (a line and
 * a text), never with another exception; and what it accepts is written and read back unchanged. A normal test run
 * tries only the seeds (src/test/resources/.../DeclaratielezerFuzzTestInputs); {@code JAZZER_FUZZ=1} mutates them.
 */
class DeclaratielezerFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void leestElkeDeclaratie(byte[] inhoud) throws Exception {
        Declaraties.Gelezen g;
        try {
            g = Declaraties.lees(inhoud);
        } catch (OngeldigBerichtException e) {
            assertThat(e.meldingen()).isNotEmpty().allSatisfy(m -> {
                assertThat(m.regel()).isNotNegative();
                assertThat(m.code()).isNotBlank();
                assertThat(m.tekst()).isNotBlank().doesNotContainPattern("\\p{Cntrl}");
            });
            return;
        }
        ByteArrayOutputStream uit = new ByteArrayOutputStream();
        Declaratieschrijver.schrijf(g.kop(), g.prestaties(), uit);
        Declaraties.Gelezen terug = Declaraties.lees(uit.toByteArray());
        assertThat(terug.kop()).isEqualTo(g.kop());
        assertThat(terug.prestaties().stream().map(GedeclareerdePrestatie::zonderRegel).toList())
                .isEqualTo(g.prestaties().stream().map(GedeclareerdePrestatie::zonderRegel).toList());
    }
}
