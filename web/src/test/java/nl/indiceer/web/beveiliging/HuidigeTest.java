package nl.indiceer.web.beveiliging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.indiceer.web.Aanmelding;
import nl.indiceer.web.WebTest;
import nl.indiceer.web.aanvraag.AanvraagDienst;
import nl.indiceer.web.aanvraag.Aanvraagstatus;
import nl.indiceer.web.aanvraag.OpgeslagenAanvraag;
import nl.indiceer.web.client.ClientOpslag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The current user and their municipalities, also for a page's form-login session (principal a {@link UserDetails},
 * no {@link Tokenhouder}): what a page controller will call the aanvragen service with.
 */
@WebTest
class HuidigeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Huidige huidige;

    @Autowired
    PaginaAanmelding paginaAanmelding;

    @Autowired
    AanvraagDienst aanvragen;

    @Autowired
    ClientOpslag clienten;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void leeg() {
        SecurityContextHolder.clearContext();
    }

    /** Logged in as the login page does it (a UserDetails as principal, the roles as authorities). */
    private void aangemeldMetSessie(String naam) {
        var authenticatie = paginaAanmelding.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(naam, "wachtwoord-van-" + naam));
        assertThat(authenticatie.getPrincipal()).isInstanceOf(UserDetails.class);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authenticatie);
        SecurityContextHolder.setContext(context);
    }

    @Test
    void eenSessieGebruikerHeeftZijnGemeentenEnWerktMetDeDienst() throws Exception {
        String token = Aanmelding.nieuweGebruiker(mvc, "sessie", "consulent", "0995", "0184");
        String naam = Aanmelding.naamVan(token);
        aangemeldMetSessie(naam);

        Medewerker wie = huidige.medewerker();
        assertThat(wie.gebruikersnaam()).isEqualTo(naam);
        assertThat(wie.gemeenten()).containsExactlyInAnyOrder("0995", "0184");

        long client = clienten.voegToe(nl.indiceer.web.aanvraag.Verzoeken.bsn(), "Sessie Client",
                java.time.LocalDate.of(2012, 1, 1), "0995");
        OpgeslagenAanvraag a = aanvragen.maak(wie, client, "{}", Aanvraagstatus.CONCEPT);
        assertThat(a.consulent()).isEqualTo(naam);
        assertThat(a.fouten()).isNotEmpty();
        assertThat(aanvragen.lees(huidige.medewerker(), a.id()).id()).isEqualTo(a.id());
        assertThat(jdbc.sql("select gebruiker from auditregel where object_type = 'aanvraag' and object_id = ? order by id")
                .param(a.id()).query(String.class).list()).containsOnly(naam).hasSize(2);
    }

    @Test
    void niemandOfAnoniemZietGeenGemeente() {
        assertThat(huidige.medewerker()).isEqualTo(Medewerker.NIEMAND);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("sleutel", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
        assertThat(huidige.medewerker()).isEqualTo(Medewerker.NIEMAND);
        assertThat(huidige.gemeenten()).isEmpty();
        // a name that is no (active) user: no municipalities
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bestaat-niet", null, List.of()));
        assertThat(huidige.medewerker().gemeenten()).isEqualTo(Set.of());
    }
}
