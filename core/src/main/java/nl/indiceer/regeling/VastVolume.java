package nl.indiceer.regeling;

import java.math.BigDecimal;

/** An agreed volume that needs no build-up, e.g. Diagnostiek 1200 minutes in total (000:300-304). */
public record VastVolume(BigDecimal volume, Eenheid eenheid, Periode per, Bron bron, String onduidelijk) {
}
