package nl.indiceer.berichten.declaratie;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.util.Map;
import nl.indiceer.declaratie.Afspraak;
import nl.indiceer.declaratie.Leveringsspecificatie;

/**
 * Whatever bytes a provider sends as its leveringsspecificatie, the reader answers with a specification or its own
 * refusal (a code, a line, a text without control characters), never another exception; and what it accepts is
 * written and read back unchanged. A normal run tries only the seeds
 * (src/test/resources/.../LeveringsspecificatielezerFuzzTestInputs); {@code JAZZER_FUZZ=1} mutates them.
 */
class LeveringsspecificatielezerFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void leestElkeSpecificatie(byte[] inhoud) throws Exception {
        Leveringsspecificaties s;
        try {
            s = Leveringsspecificatielezer.lees(new ByteArrayInputStream(inhoud));
        } catch (OngeldigeSpecificatieException e) {
            assertThat(e.code()).isNotBlank();
            assertThat(e.regel()).isNotNegative();
            assertThat(e.getMessage()).isNotBlank().doesNotContainPattern("\\p{Cntrl}");
            return;
        }
        StringWriter uit = new StringWriter();
        Leveringsspecificatieschrijver w = new Leveringsspecificatieschrijver(uit);
        for (Map.Entry<String, Leveringsspecificatie> e : s.alle().entrySet()) {
            String[] sleutel = e.getKey().split("\u0000");
            for (Afspraak a : e.getValue().afspraken()) {
                w.afspraak(sleutel[0], Long.parseLong(sleutel[1]), a);
            }
            if (e.getValue().afwezigheid() != null) {
                w.afwezigheid(sleutel[0], Long.parseLong(sleutel[1]), e.getValue().afwezigheid());
            }
        }
        Leveringsspecificaties terug = Leveringsspecificatielezer.lees(
                new ByteArrayInputStream(uit.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(terug.alle()).isEqualTo(s.alle());
    }
}
