package nl.indiceer.web.berichten;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.indiceer.berichten.Berichtsoort;
import nl.indiceer.berichten.Retourbericht;
import nl.indiceer.berichten.xml.OngeldigBerichtException;
import nl.indiceer.berichten.xml.Retourlezer;
import nl.indiceer.web.audit.Audit;
import nl.indiceer.web.beveiliging.Medewerker;
import nl.indiceer.web.fout.Probleem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receiving a retour message (JW302 on a 301, JW320 on a 319) through the same door as the providers' requests. It is
 * matched to the outgoing message it answers by the municipality and BerichtIdentificatie its header repeats (and the
 * kind and provider, which must agree); that message becomes RETOUR_ONTVANGEN when every code is 0200 (or 0233, not
 * judged) and AFGEKEURD when any code refuses something, and keeps the codes per part. A retour that cannot be read is
 * stored AFGEKEURD with its reasons; one that matches no message sent (or one already answered) is stored TE_BEHANDELEN
 * with the reason. One transaction; audited like any incoming message.
 */
@Component
class Retourontvangst {

    private final InkomendeBerichtenOpslag opslag;
    private final UitboxOpslag uitbox;
    private final Berichtinstellingen instellingen;
    private final Audit audit;
    private final TransactionTemplate transactie;

    Retourontvangst(InkomendeBerichtenOpslag opslag, UitboxOpslag uitbox, Berichtinstellingen instellingen, Audit audit,
                    TransactionTemplate transactie) {
        this.opslag = opslag;
        this.uitbox = uitbox;
        this.instellingen = instellingen;
        this.audit = audit;
        this.transactie = transactie;
    }

    InkomendeBerichtenDienst.Ontvangst ontvang(Medewerker wie, String gemeente, byte[] inhoud, OffsetDateTime nu) {
        List<OngeldigBerichtException.Melding> meldingen = new ArrayList<>();
        Retourbericht r = null;
        try {
            r = Retourlezer.lees(inhoud);
            if (instellingen.schema() != null) {
                meldingen.addAll(instellingen.schema().controleer(r.soort(), inhoud));
            }
        } catch (OngeldigBerichtException e) {
            meldingen.addAll(e.meldingen());
        }
        String afzender = r == null ? null : r.afzender();
        String voor = gemeente != null ? gemeente
                : afzender != null && wie.gemeenten().contains(afzender) ? afzender
                : wie.gemeenten().size() == 1 ? wie.gemeenten().iterator().next() : null;
        if (voor == null) {
            throw new Probleem(HttpStatus.UNPROCESSABLE_CONTENT, "GEMEENTE_ONTBREEKT", "Gemeente ontbreekt",
                    "u werkt voor meer gemeenten en de retour noemt geen van die als afzender; kies de gemeente");
        }
        if (r != null && meldingen.isEmpty() && !voor.equals(afzender)) {
            meldingen.add(new OngeldigBerichtException.Melding(1, "AFZENDER", "de retour gaat over een bericht van gemeente "
                    + afzender + ", niet van " + voor));
        }
        Retourbericht retour = r;
        InkomendBericht opgeslagen = transactie.execute(s -> {
            long id;
            if (!meldingen.isEmpty()) {
                String reden = meldingen.stream().map(m -> (m.regel() > 0 ? "regel " + m.regel() + ": " : "") + m.tekst())
                        .collect(Collectors.joining("; "));
                id = opslag.voegToe(voor, retour == null ? null : retour.soort().name(), retour == null ? null : retour.ontvanger(),
                        retour == null ? null : retour.identificatieRetour(), inhoud, InkomendeBerichtenDienst.AFGEKEURD,
                        reden, meldingen.get(0).regel(), null, null, null, null, nu, wie.gebruikersnaam());
                audit.noteer("BERICHT_AFGEKEURD", "inkomend_bericht", id, null);
            } else {
                id = koppel(voor, retour, inhoud, nu, wie.gebruikersnaam());
                audit.noteer("BERICHT_ONTVANGEN", "inkomend_bericht", id, null);
            }
            return opslag.metId(id, Set.of(voor)).orElseThrow();
        });
        return new InkomendeBerichtenDienst.Ontvangst(opgeslagen, meldingen);
    }

    private long koppel(String gemeente, Retourbericht r, byte[] inhoud, OffsetDateTime nu, String door) {
        Berichtsoort beantwoord = Berichtsoort.van(r.soort().wet(), r.soort() == Berichtsoort.JW302 ? "301" : "319");
        UitgaandBericht u = uitbox.metIdentificatie(gemeente, r.identificatie())
                .filter(b -> b.soort().equals(beantwoord.name()) && b.ontvanger().equals(r.ontvanger())).orElse(null);
        String reden = null;
        if (u == null) {
            reden = "Deze gemeente heeft geen " + beantwoord + " met identificatie " + r.identificatie() + " aan aanbieder "
                    + r.ontvanger() + " verstuurd.";
        } else if (u.status() != Berichtstatus.VERZONDEN) {
            reden = u.status() == Berichtstatus.AANGEMAAKT ? "Het bericht " + r.identificatie() + " is nog niet verzonden."
                    : "Op het bericht " + r.identificatie() + " is al een retour ontvangen.";
        }
        long id = opslag.voegToe(gemeente, r.soort().name(), r.ontvanger(), r.identificatieRetour(), inhoud,
                reden == null ? InkomendeBerichtenDienst.VERWERKT : InkomendeBerichtenDienst.TE_BEHANDELEN, reden, null,
                u == null ? null : u.clientId(), null, null, null, nu, door);
        if (u != null) {
            opslag.koppelUitgaand(id, u.id());
        }
        if (reden == null) {
            int volgorde = 0;
            for (Retourbericht.Deel d : r.delen()) {
                for (String code : d.codes()) {
                    uitbox.voegRetourcodeToe(u.id(), id, volgorde++, d.deel(), d.sleutel(), code);
                }
            }
            uitbox.markeerRetour(u.id(), r.afgekeurd() ? Berichtstatus.AFGEKEURD : Berichtstatus.RETOUR_ONTVANGEN);
        }
        return id;
    }
}
