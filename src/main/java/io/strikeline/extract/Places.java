package io.strikeline.extract;

import io.strikeline.geo.Gazetteer;
import io.strikeline.geo.Place;
import io.strikeline.model.LocationPrecision;

/** How places relate: precision rank and containment (a country holds its towns, a province its districts). */
final class Places {

    private Places() {}

    static int rank(LocationPrecision p) {
        return switch (p) {
            case SITE -> 5;
            case CITY -> 4;
            case PROVINCE -> 3;
            case REGION -> 2;
            case COUNTRY -> 1;
        };
    }

    /** Whether {@code outer} is a wider area that holds {@code inner} (a country its cities, a province its towns). */
    static boolean contains(Place outer, Place inner) {
        if (rank(outer.precision()) >= rank(inner.precision()) && outer.precision() != LocationPrecision.REGION) {
            return false;
        }
        if (outer.precision() == LocationPrecision.REGION && rank(inner.precision()) <= rank(LocationPrecision.REGION)) {
            // "northern Iraq" holds the Qandil mountains; a compass region is the wider of two regions
            return inner.precision() == LocationPrecision.REGION && compass(outer) && !compass(inner)
                    && Gazetteer.distanceKm(outer, inner) < 250;
        }
        double d = Gazetteer.distanceKm(outer, inner);
        return switch (outer.precision()) {
            case COUNTRY -> outer.country().equals(inner.country());
            case PROVINCE -> outer.country().equals(inner.country())
                    && (sameAdmin(outer, inner) || inner.admin1().isEmpty() && d < 60);
            case REGION -> d < 250;
            default -> false;
        };
    }

    private static boolean compass(Place p) {
        String n = p.name().toLowerCase(java.util.Locale.ROOT);
        return n.startsWith("north") || n.startsWith("south") || n.startsWith("east") || n.startsWith("west")
                || n.startsWith("central");
    }

    private static boolean sameAdmin(Place province, Place inner) {
        String a = Gazetteer.fold(province.admin1());
        String b = Gazetteer.fold(inner.admin1());
        return !a.isEmpty() && (a.equals(b) || province.aliases().stream().anyMatch(x -> Gazetteer.fold(x).equals(b)));
    }
}
