package nl.indiceer.web.declaratie;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Header;
import nl.indiceer.berichten.declaratie.Antwoordschrijver;
import nl.indiceer.berichten.declaratie.Declaratiekop;
import nl.indiceer.berichten.xml.OngeldigBerichtException;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.berichten.Berichtinstellingen;
import nl.indiceer.web.berichten.Berichtnummering;
import nl.indiceer.web.berichten.Uitbox;
import nl.indiceer.web.berichten.UitboxOpslag;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.fout.Probleem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Approving a checked declaration: only then its 325 is written (by {@link Antwoordschrijver}, from the stored outcome
 * per prestatie), checked against the official XSD when the schemas are configured, and put in the outbox in the same
 * transaction as the status BEANTWOORD; the outbox writer then places it in the provider's folder. Approving twice (two
 * colleagues at once) gives one 325 and a 409 for the second. Audited: {@code DECLARATIE_BEANTWOORD}.
 */
@Service
public class Declaratieantwoord {

    private static final Logger LOG = LoggerFactory.getLogger(Declaratieantwoord.class);
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final DeclaratieOpslag opslag;
    private final DeclaratieInzage inzage;
    private final UitboxOpslag uitbox;
    private final Uitbox schrijver;
    private final Berichtnummering nummering;
    private final Berichtinstellingen instellingen;
    private final Audit audit;
    private final TransactionTemplate transactie;

    public Declaratieantwoord(DeclaratieOpslag opslag, DeclaratieInzage inzage, UitboxOpslag uitbox, Uitbox schrijver,
                              JdbcClient jdbc, Berichtinstellingen instellingen, Audit audit, TransactionTemplate transactie) {
        this.opslag = opslag;
        this.inzage = inzage;
        this.uitbox = uitbox;
        this.schrijver = schrijver;
        this.nummering = new Berichtnummering(jdbc);
        this.instellingen = instellingen;
        this.audit = audit;
        this.transactie = transactie;
    }

    /** @return the id of the 325 in the outbox */
    public long keurGoed(Medewerker wie, long id) {
        Declaratie d = inzage.lees(wie, id);
        if (d.status() != Declaratiestatus.GECONTROLEERD) {
            throw nietTeBeantwoorden(d);
        }
        long bericht = transactie.execute(s -> {
            if (!opslag.markeerBeantwoord(d.id(), wie.gebruikersnaam(), OffsetDateTime.now(ZoneOffset.UTC))) {
                throw nietTeBeantwoorden(d);
            }
            String identificatie = nummering.berichtidentificatie(d.gemeentecode());
            Berichtsoort soort = Antwoordschrijver.antwoordsoort(Berichtsoort.valueOf(d.soort()));
            byte[] inhoud = schrijf(d, identificatie, LocalDate.now(NEDERLAND));
            controleer(soort, inhoud);
            long uit = uitbox.voegDeclaratieantwoordToe(d.gemeentecode(), d.id(), soort.name(), d.afzender(), identificatie,
                    inhoud, OffsetDateTime.now(ZoneOffset.UTC));
            audit.noteer("DECLARATIE_BEANTWOORD", "declaratie", d.id(), null);
            return uit;
        });
        try {
            schrijver.schrijfOpenstaande();
        } catch (RuntimeException e) {
            // the 325 stands in the outbox as AANGEMAAKT; the next run of the writer places it
            LOG.warn("uitbox: 325 nog niet geschreven ({})", e.getClass().getSimpleName());
        }
        return bericht;
    }

    private static Probleem nietTeBeantwoorden(Declaratie d) {
        return d.status() == Declaratiestatus.AFGEKEURD
                ? new Probleem(HttpStatus.CONFLICT, "DECLARATIE_AFGEKEURD", "Declaratie afgekeurd",
                "een declaratie die niet gelezen kon worden krijgt geen 325 (IV087)")
                : new Probleem(HttpStatus.CONFLICT, "DECLARATIE_AL_BEANTWOORD", "Declaratie al beantwoord",
                "de 325 van deze declaratie staat al in de uitbox");
    }

    /** The 325 from the stored outcome, in the order of the 323. */
    byte[] schrijf(Declaratie d, String identificatie, LocalDate dagtekening) {
        Declaratiekop kop = new Declaratiekop(Berichtsoort.valueOf(d.soort()), d.afzender(), d.gemeentecode(),
                d.identificatie(), d.dagtekening(), new Header.XsdVersie(d.basisschemaVersie(), d.berichtVersie()),
                d.declaratienummer(), d.periodeBegin(), d.periodeEind(), d.declaratieDagtekening(), d.totaalBedrag(),
                d.debetCredit());
        Path map = null;
        try {
            map = Files.createTempDirectory("indiceer-325-");
            Path doel = map.resolve("antwoord.xml");
            try (Antwoordschrijver a = new Antwoordschrijver(doel, kop, identificatie, dagtekening)) {
                opslag.elkeRegel(d.id(), r -> {
                    try {
                        a.prestatie(r.alsGedeclareerd(), r.goedgekeurd() ? List.of() : r.retourcodes());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                a.voltooi();
            }
            return Files.readAllBytes(doel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (map != null) {
                verwijder(map);
            }
        }
    }

    private void controleer(Berichtsoort soort, byte[] inhoud) {
        if (instellingen.schema() == null || !instellingen.schema().heeftSchema(soort)) {
            return;
        }
        List<OngeldigBerichtException.Melding> meldingen;
        try {
            meldingen = instellingen.schema().controleer(soort, inhoud);
        } catch (OngeldigBerichtException e) {
            meldingen = e.meldingen();
        }
        if (!meldingen.isEmpty()) {
            // our own writer made it: a fault here is ours, never the provider's, and nothing is put in the outbox
            throw new IllegalStateException("325 voldoet niet aan het XSD: "
                    + meldingen.stream().map(Object::toString).collect(Collectors.joining("; ")));
        }
    }

    private static void verwijder(Path map) {
        try (var s = Files.list(map)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(map);
        } catch (IOException e) {
            // the 325 is already in memory; the folder is in the system's temporary space, named in the log without data
            LOG.warn("tijdelijke map van een 325 niet opgeruimd: {}", map);
        }
    }
}
