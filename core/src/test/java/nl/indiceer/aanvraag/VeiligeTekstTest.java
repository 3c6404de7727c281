package nl.indiceer.aanvraag;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** User text on one line of text output: no line breaks, no escape sequences, no reversed text. */
class VeiligeTekstTest {

    @Test
    void gewoneTekstBlijftGelijk() {
        String t = "Gemiddeld 1 uur per week; afstemming met het systeem — café, 😀, 中文, עברית";
        assertThat(VeiligeTekst.schoon(t)).isSameAs(t);
        assertThat(VeiligeTekst.schoon(null)).isNull();
    }

    @Test
    void regeleindenWordenEenSpatie() {
        assertThat(VeiligeTekst.schoon("a\nb\r\nc\rd\te\u2028f\u2029g\u0085h\u000Bi\fj")).isEqualTo("a b c d e f g h i j");
    }

    @Test
    void stuurtekensWordenZichtbaar() {
        assertThat(VeiligeTekst.schoon("\u001B[2J\u0000\u0007\u007F")).isEqualTo("\u241B[2J\u2400\u2407\u2421");
        assertThat(VeiligeTekst.schoon("a\u009Bb\u202Ec\u2066d\u200Fe")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe");
        assertThat(VeiligeTekst.schoon("x\uD800y\uDC00")).isEqualTo("x\uFFFDy\uFFFD");
    }

    @Property(tries = 2000)
    void nooitEenStuurteken(@ForAll String tekst) {
        String s = VeiligeTekst.schoon(tekst);
        assertThat(s.codePoints()).noneMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                || c == 0x061C || (c >= 0xD800 && c <= 0xDFFF));
        assertThat(s.lines().count()).isLessThanOrEqualTo(1);
    }

    @Test
    void inhoud() {
        assertThat(VeiligeTekst.heeftInhoud(null)).isFalse();
        assertThat(VeiligeTekst.heeftInhoud("\u200B\uFEFF\u00A0 \t\n\u2060\u180E\u3164\u2800\u034F\uFE0F")).isFalse();
        assertThat(VeiligeTekst.heeftInhoud("\u0301")).isFalse();
        assertThat(VeiligeTekst.heeftInhoud("e\u0301")).isTrue();
        assertThat(VeiligeTekst.heeftInhoud(".")).isTrue();
    }
}
