package nl.indiceer.web.berichten;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import nl.indiceer.berichten.xml.Berichtlezer;
import org.junit.jupiter.api.Test;
import org.springframework.ui.ExtendedModelMap;

/**
 * A 325 beyond the reader's limits is not shown as a table but said to be too large (its XML stays on the page); other
 * kinds of message are not touched.
 */
class DeclaratieantwoordgegevensTest {

    private static UitgaandBericht bericht(String soort, byte[] inhoud) {
        return new UitgaandBericht(1, "0184", null, null, soort, "12345678", "A1", inhoud, Berichtstatus.VERZONDEN, null,
                OffsetDateTime.now(), null, null);
    }

    @Test
    void eenTeGrote325IsOnleesbaarEnEen301GaatErBuiten() {
        byte[] groot = new byte[Berichtlezer.MAXIMALE_GROOTTE + 1];
        ExtendedModelMap model = new ExtendedModelMap();
        new Declaratieantwoordgegevens().uitgaand(model, bericht("JW325", groot));
        assertThat(model.get("declaratieantwoord")).isNull();
        assertThat(model.get("declaratieantwoordOnleesbaar")).isEqualTo(true);

        ExtendedModelMap ander = new ExtendedModelMap();
        new Declaratieantwoordgegevens().uitgaand(ander, bericht("JW301", "<x/>".getBytes(StandardCharsets.UTF_8)));
        assertThat(ander.get("declaratieantwoord")).isNull();
        assertThat(ander.get("declaratieantwoordOnleesbaar")).isEqualTo(false);
    }
}
