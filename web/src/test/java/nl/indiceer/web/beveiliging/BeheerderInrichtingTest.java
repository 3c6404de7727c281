package nl.indiceer.web.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.indiceer.web.opslag.Databank;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The first administrator, on a fresh H2 database per test (no Spring context needed). */
class BeheerderInrichtingTest {

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

    @Test
    void zonderOmgevingEenGegenereerdWachtwoordDatEenKeerWordtGetoond() {
        GebruikerOpslag opslag = new GebruikerOpslag(JdbcClient.create(Databank.nieuweH2()));
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        PrintStream uit = new PrintStream(console, true, StandardCharsets.UTF_8);

        assertThat(new BeheerderInrichting(opslag, encoder, "", uit).richtIn()).isTrue();
        String eerste = console.toString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("wachtwoord:\\s+(\\S+)").matcher(eerste);
        assertThat(m.find()).isTrue();
        String wachtwoord = m.group(1);
        assertThat(wachtwoord).hasSizeGreaterThanOrEqualTo(BeheerderInrichting.MINIMALE_LENGTE);
        Gebruiker beheerder = opslag.metNaam("beheerder").orElseThrow();
        assertThat(beheerder.rol()).isEqualTo(Rol.BEHEERDER);
        assertThat(encoder.matches(wachtwoord, beheerder.wachtwoordHash())).isTrue();

        // the second start: nothing new, nothing printed
        console.reset();
        assertThat(new BeheerderInrichting(opslag, encoder, "", uit).richtIn()).isFalse();
        assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(encoder.matches(wachtwoord, opslag.metNaam("beheerder").orElseThrow().wachtwoordHash())).isTrue();
    }

    @Test
    void wachtwoordUitDeOmgevingWordtNietGetoond() {
        GebruikerOpslag opslag = new GebruikerOpslag(JdbcClient.create(Databank.nieuweH2()));
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        new BeheerderInrichting(opslag, encoder, "een-lang-genoeg-wachtwoord", new PrintStream(console, true, StandardCharsets.UTF_8)).richtIn();

        assertThat(console.toString(StandardCharsets.UTF_8)).doesNotContain("een-lang-genoeg-wachtwoord");
        assertThat(encoder.matches("een-lang-genoeg-wachtwoord", opslag.metNaam("beheerder").orElseThrow().wachtwoordHash())).isTrue();
    }

    @Test
    void eenTeKortWachtwoordUitDeOmgevingHoudtDeStartTegen() {
        GebruikerOpslag opslag = new GebruikerOpslag(JdbcClient.create(Databank.nieuweH2()));
        BeheerderInrichting inrichting = new BeheerderInrichting(opslag, encoder, "kort", System.out);
        assertThatThrownBy(inrichting::richtIn).hasMessageContaining("INDICEER_BEHEERDER_WACHTWOORD");
        assertThat(opslag.bestaat("beheerder")).isFalse();
    }
}
