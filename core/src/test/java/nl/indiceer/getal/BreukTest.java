package nl.indiceer.getal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The exact fraction: the fast long path and the BigInteger path must give the same, exact answers. */
class BreukTest {

    @Test
    void voorbeelden() {
        assertThat(Breuk.lees("52/12")).isEqualTo(Breuk.van(13, 3));
        assertThat(Breuk.lees("4,5")).isEqualTo(Breuk.van(9, 2));
        assertThat(Breuk.van(new BigDecimal("0.0001"))).isEqualTo(Breuk.van(1, 10_000));
        assertThat(Breuk.van(new BigDecimal("6E+2"))).isEqualTo(Breuk.van(600));
        assertThat(Breuk.van(9, 2).maal(Breuk.van(2, 3))).isEqualTo(Breuk.van(3));
        assertThat(Breuk.van(13, 3).maal(3)).isEqualTo(Breuk.van(13));
        assertThat(Breuk.van(-7, 2).omhoog()).isEqualByComparingTo("-3");
        assertThat(Breuk.van(7, 2).omhoog()).isEqualByComparingTo("4");
        assertThat(Breuk.van(7, 2).omlaag()).isEqualByComparingTo("3");
        assertThat(Breuk.van(143, 3).decimaal(4)).isEqualByComparingTo("47.6667");
        assertThat(Breuk.van(1, 3).exactDecimaal()).isNull();
        assertThat(Breuk.van(3, 8).exactDecimaal()).isEqualByComparingTo("0.375");
        assertThat(Breuk.van(6, -4).toString()).isEqualTo("-3/2");
        assertThatThrownBy(() -> Breuk.van(1, 0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Breuk.NUL.omgekeerd()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Breuk.lees("1/2/3")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void overloopGaatNaarBigInteger() {
        Breuk groot = Breuk.van(Long.MAX_VALUE, 3);
        Breuk kwadraat = groot.maal(groot);
        assertThat(kwadraat.teller()).isEqualTo(BigInteger.valueOf(Long.MAX_VALUE).pow(2));
        assertThat(kwadraat.noemer()).isEqualTo(BigInteger.valueOf(9));
        assertThat(kwadraat.gedeeldDoor(groot)).isEqualTo(groot); // and back into the fast form
        assertThat(Breuk.van(Long.MIN_VALUE, 1).negatief().teller()).isEqualTo(BigInteger.valueOf(Long.MIN_VALUE).negate());
        assertThat(Breuk.van(Long.MIN_VALUE, -1).teller()).isEqualTo(BigInteger.valueOf(Long.MIN_VALUE).negate());
        assertThat(Breuk.van(Long.MAX_VALUE, 1).plus(Breuk.EEN).teller()).isEqualTo(BigInteger.ONE.shiftLeft(63));
        assertThat(Breuk.van(new BigDecimal("1e40")).omhoog()).isEqualByComparingTo("1e40");
    }

    @Test
    void absurdeMachtenWordenGeweigerdNietUitgerekend() {
        // 1e999999999 exactly would be a billion digits: refused at once instead of running for minutes.
        assertThatThrownBy(() -> Breuk.van(new BigDecimal("1e999999999"))).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Breuk.lees("1e-999999999")).isInstanceOf(ArithmeticException.class);
        assertThat(Breuk.van(new BigDecimal("1e-9999")).signum()).isPositive();
    }

    @Provide
    Arbitrary<Long> getallen() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-1000, 1000), Arbitraries.longs(),
                Arbitraries.of(Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE - 1, 0L, 1L, -1L));
    }

    @Provide
    Arbitrary<Long> noemers() {
        return getallen().filter(n -> n != 0);
    }

    private static BigInteger[] ref(long t, long n) {
        BigInteger a = BigInteger.valueOf(t);
        BigInteger b = BigInteger.valueOf(n);
        if (b.signum() < 0) {
            a = a.negate();
            b = b.negate();
        }
        BigInteger g = a.gcd(b);
        return g.signum() == 0 ? new BigInteger[] {a, b} : new BigInteger[] {a.divide(g), b.divide(g)};
    }

    private static void isGelijk(Breuk b, BigInteger teller, BigInteger noemer) {
        BigInteger g = teller.gcd(noemer);
        if (noemer.signum() < 0) {
            g = g.negate();
        }
        assertThat(b.teller()).isEqualTo(teller.divide(g));
        assertThat(b.noemer()).isEqualTo(noemer.divide(g));
    }

    @Property(tries = 3000)
    void rekentAlsBigInteger(@ForAll("getallen") long a, @ForAll("noemers") long b, @ForAll("getallen") long c,
                             @ForAll("noemers") long d) {
        Breuk x = Breuk.van(a, b);
        Breuk y = Breuk.van(c, d);
        BigInteger[] p = ref(a, b);
        BigInteger[] q = ref(c, d);
        isGelijk(x, p[0], p[1]);
        isGelijk(x.plus(y), p[0].multiply(q[1]).add(q[0].multiply(p[1])), p[1].multiply(q[1]));
        isGelijk(x.min(y), p[0].multiply(q[1]).subtract(q[0].multiply(p[1])), p[1].multiply(q[1]));
        isGelijk(x.maal(y), p[0].multiply(q[0]), p[1].multiply(q[1]));
        if (c != 0) {
            isGelijk(x.gedeeldDoor(y), p[0].multiply(q[1]), p[1].multiply(q[0]));
        }
        assertThat(Integer.signum(x.compareTo(y))).isEqualTo(p[0].multiply(q[1]).compareTo(q[0].multiply(p[1])));
        assertThat(x.equals(Breuk.van(x.teller(), x.noemer()))).isTrue();
        assertThat(x.hashCode()).isEqualTo(Breuk.van(x.teller(), x.noemer()).hashCode());
        BigDecimal omhoog = x.omhoog();
        assertThat(Breuk.van(omhoog)).isGreaterThanOrEqualTo(x);
        assertThat(Breuk.van(omhoog).min(Breuk.EEN)).isLessThan(x);
        assertThat(x.isGeheel()).isEqualTo(omhoog.compareTo(x.omlaag()) == 0);
    }
}
