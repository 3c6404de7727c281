package nl.indiceer.web.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BsnTest {

    /** A random BSN that passes the elfproef, for tests. */
    public static String willekeurig() {
        while (true) {
            int[] d = new int[9];
            int som = 0;
            d[0] = 1 + ThreadLocalRandom.current().nextInt(9);
            for (int i = 0; i < 8; i++) {
                if (i > 0) {
                    d[i] = ThreadLocalRandom.current().nextInt(10);
                }
                som += (9 - i) * d[i];
            }
            int laatste = som % 11;
            if (laatste < 10) {
                d[8] = laatste;
                StringBuilder s = new StringBuilder();
                for (int c : d) {
                    s.append(c);
                }
                return s.toString();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"111222333", "123456782", "999999990", "010000008"})
    void geldigeNummers(String bsn) {
        assertThat(Bsn.geldig(bsn)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"000000000", "123456789", "111222334", "12345678", "1234567820", "12345678a", " 23456782",
            "123 45678", "１２３４５６７８２", "-23456782"})
    void ongeldigeNummers(String bsn) {
        assertThat(Bsn.geldig(bsn)).isFalse();
    }

    @Test
    void eenCijferVeranderenBreektDeElfproef() {
        for (int n = 0; n < 200; n++) {
            String bsn = willekeurig();
            assertThat(Bsn.geldig(bsn)).as(bsn).isTrue();
            for (int i = 0; i < 9; i++) {
                char[] c = bsn.toCharArray();
                c[i] = (char) ('0' + (c[i] - '0' + 1) % 10);
                assertThat(Bsn.geldig(new String(c))).as(new String(c)).isFalse();
            }
        }
    }
}
