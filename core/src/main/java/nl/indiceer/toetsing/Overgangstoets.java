package nl.indiceer.toetsing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.indiceer.aanvraag.LopendeToewijzing;
import nl.indiceer.aanvraag.Omvang;
import nl.indiceer.aanvraag.Regelsoort;
import nl.indiceer.regeling.Periode;
import nl.indiceer.volume.Toewijzingsvolume;

/**
 * Individual to group (002:406-420): the lines that take over a running allocation's volume together keep
 * its total, and each ends no later than that allocation.
 */
public final class Overgangstoets {

    private Overgangstoets() {
    }

    public static List<Bevinding> toets(List<Regelcontext> contexten) {
        Map<String, List<Regelcontext>> perOud = new LinkedHashMap<>();
        for (Regelcontext c : contexten) {
            if (c.regel().soort() instanceof Regelsoort.OvergangVan overgang) {
                perOud.computeIfAbsent(overgang.toewijzing(), k -> new ArrayList<>()).add(c);
            }
        }
        List<Bevinding> uit = new ArrayList<>();
        perOud.forEach((id, regels) -> uit.addAll(overgang(regels, regels.get(0).aanvraag().lopende(id))));
        return uit;
    }

    private static List<Bevinding> overgang(List<Regelcontext> regels, LopendeToewijzing oud) {
        List<Bevinding> uit = new ArrayList<>();
        BigDecimal som = BigDecimal.ZERO;
        int eerste = regels.get(0).index();
        for (Regelcontext c : regels) {
            if (c.regel().einddatum().isAfter(oud.einddatum())) {
                uit.add(Bevinding.van(Bevindingcode.OVERGANG_EINDDATUM_NA_ORIGINEEL, c.product().bron(), c.index(),
                        "product", c.naam(), "einddatum", c.regel().einddatum(), "oudeEinddatum", oud.einddatum()));
            }
            if (c.volume() != null && c.volume().eenheid().isTijd()) {
                som = som.add(Toewijzingsvolume.naarMinuten(c.volume().totaal(), c.volume().eenheid(), c.minutenPerDagdeel()));
            }
        }
        Omvang omvang = oud.omvang();
        if (omvang == null || omvang.periode() != Periode.TOTAAL || omvang.eenheid() == null || !omvang.eenheid().isTijd()) {
            uit.add(Bevinding.van(Bevindingcode.OVERGANG_VOLUME_ONBEKEND, null, eerste, "toewijzing", oud.id()));
            return uit;
        }
        BigDecimal oudMinuten = Toewijzingsvolume.naarMinuten(omvang.volume(), omvang.eenheid(),
                regels.get(0).minutenPerDagdeel());
        var bron = regels.get(0).regeling().bron();
        if (som.compareTo(oudMinuten) != 0) {
            uit.add(Bevinding.van(Bevindingcode.OVERGANG_TOTAAL_GEWIJZIGD, bron, eerste, "nieuw", som,
                    "toewijzing", oud.id(), "oud", oudMinuten));
        } else {
            uit.add(Bevinding.van(Bevindingcode.OVERGANG_TOTAAL_GELIJK, bron, eerste, "oud", oudMinuten,
                    "regels", regels.size()));
        }
        return uit;
    }
}
