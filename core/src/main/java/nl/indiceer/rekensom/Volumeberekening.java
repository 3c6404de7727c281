package nl.indiceer.rekensom;

import nl.indiceer.regeling.Periode;
import nl.indiceer.volume.Geldigheidsduur;
import nl.indiceer.volume.Toewijzingsvolume;

/**
 * The volume of one line as computed: the chosen period, the validity, the allocated volume and the
 * rekensom that shows how it was built up.
 *
 * @param volume null for a traject or plek (allocated as an amount) or when nothing could be computed
 */
public record Volumeberekening(Periode periode, Geldigheidsduur duur, Toewijzingsvolume volume, Rekensom rekensom) {
}
