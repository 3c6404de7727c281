package nl.indiceer.web.brief;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.indiceer.aanvraag.Aanvraag;
import nl.indiceer.aanvraag.Onderbouwing;
import nl.indiceer.aanvraag.Productregel;
import nl.indiceer.beschikking.Beschikking;
import nl.indiceer.beschikking.Regelbesluit;
import nl.indiceer.berekening.Uitkomst;
import nl.indiceer.brief.Beschikkingsbrief;
import nl.indiceer.brief.Besluitregel;
import nl.indiceer.brief.Briefmaker;
import nl.indiceer.brief.Geadresseerde;
import nl.indiceer.normenkader.Normering;
import nl.indiceer.web.beschikking.Beschikkingsbrieven;
import nl.indiceer.web.client.Adres;
import nl.indiceer.web.client.Client;
import org.springframework.stereotype.Component;
import nl.indiceer.web.regeling.RegelingenInWerking;

/**
 * The decision letter, written with the municipality's templates (module {@code brief}, folder
 * {@code indiceer.brieven}) when a decision is taken. What the consultant wrote when deciding (the motivation, the
 * hardheidsclausule) goes into the letter, not what the request said before: the letter states the decision.
 */
@Component
public class Beschikkingsbriefschrijver implements Beschikkingsbrieven {

    /** The date on the letter is the day of the decision where the municipality is. */
    private static final ZoneId NEDERLAND = ZoneId.of("Europe/Amsterdam");

    private final Briefmaker briefmaker;
    private final RegelingenInWerking regelingen;

    public Beschikkingsbriefschrijver(Briefmaker briefmaker, RegelingenInWerking regelingen) {
        this.briefmaker = briefmaker;
        this.regelingen = regelingen;
    }

    @Override
    public byte[] brief(Beschikking beschikking, Aanvraag aanvraag, Uitkomst uitkomst, Client client,
                        Map<Integer, Normering> normeringen) {
        List<nl.indiceer.beschikking.Besluitregel> besloten = beschikking.regels().stream()
                .sorted(Comparator.comparingInt(nl.indiceer.beschikking.Besluitregel::regel)).toList();
        List<Regelbesluit> besluiten = new ArrayList<>();
        List<Productregel> producten = new ArrayList<>(aanvraag.producten());
        for (var regel : besloten) {
            besluiten.add(regel.besluit());
            Productregel gevraagd = producten.get(regel.regel());
            String hardheid = regel.besluit() instanceof Regelbesluit.Toekenning t ? t.hardheidsclausule() : null;
            producten.set(regel.regel(), gevraagd.metOnderbouwing(new Onderbouwing(regel.motivering(), hardheid)));
        }
        Aanvraag zoalsBesloten = new Aanvraag(aanvraag.regio(), aanvraag.peildatum(), aanvraag.gemeente(), aanvraag.client(),
                aanvraag.lopendeToewijzingen(), producten);
        List<Besluitregel> regels = Besluitregel.van(zoalsBesloten, uitkomst, regelingen.nu(), besluiten, normeringen);
        return briefmaker.maak(new Beschikkingsbrief(beschikking.kenmerk(), beschikking.moment().atZone(NEDERLAND).toLocalDate(),
                beschikking.soort(), beschikking.vorige(), beschikking.gemeente(), geadresseerde(client), uitkomst, regels));
    }

    private static Geadresseerde geadresseerde(Client client) {
        Adres adres = client.adres();
        return new Geadresseerde(client.naam(), adres == null ? List.of()
                : List.of(adres.straat(), adres.postcode() + " " + adres.woonplaats()));
    }
}
