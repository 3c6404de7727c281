package nl.indiceer.web.declaratie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import nl.indiceer.web.fout.Probleem;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * The size limit of a 323 ({@code indiceer.declaraties.maximum-mb}): exactly the maximum is read, one byte more is 413
 * DECLARATIE_TE_GROOT without reading the rest, nothing is 400 DECLARATIE_LEEG. Tested with a limit of 1 MB, so the test
 * does not need 64 MB of memory.
 */
class DeclaratiegrootteTest {

    private final Declaratiegrootte grootte = new Declaratiegrootte(1);

    @Test
    void preciesHetMaximumWordtGelezen() throws Exception {
        assertThat(grootte.lees(new ByteArrayInputStream(new byte[1024 * 1024]))).hasSize(1024 * 1024);
    }

    @Test
    void eenByteMeerIs413ZonderDeRestTeLezen() {
        // an endless body: the limit must stop reading, not the end of the stream
        InputStream eindeloos = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        assertThatThrownBy(() -> grootte.lees(eindeloos)).isInstanceOfSatisfying(Probleem.class, p -> {
            assertThat(p.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
            assertThat(p.code()).isEqualTo("DECLARATIE_TE_GROOT");
            assertThat(p.getMessage()).contains("1 MB");
        });
    }

    @Test
    void nietsIs400() {
        assertThatThrownBy(() -> grootte.lees(new ByteArrayInputStream(new byte[0]))).isInstanceOfSatisfying(Probleem.class,
                p -> {
                    assertThat(p.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(p.code()).isEqualTo("DECLARATIE_LEEG");
                });
    }
}
