package io.strikeline.importing;

import java.util.Locale;
import java.util.Map;

/** The countries of the region by the names ACLED writes and the FIPS 10-4 codes GDELT writes, as ISO 3166 alpha-2. */
final class Countries {

    private static final Map<String, String> BY_NAME = Map.ofEntries(Map.entry("iraq", "IQ"), Map.entry("syria", "SY"),
            Map.entry("iran", "IR"), Map.entry("turkey", "TR"), Map.entry("jordan", "JO"), Map.entry("lebanon", "LB"),
            Map.entry("israel", "IL"), Map.entry("saudi arabia", "SA"), Map.entry("kuwait", "KW"),
            Map.entry("palestine", "PS"), Map.entry("yemen", "YE"), Map.entry("egypt", "EG"));
    private static final Map<String, String> BY_FIPS = Map.ofEntries(Map.entry("IZ", "IQ"), Map.entry("SY", "SY"),
            Map.entry("IR", "IR"), Map.entry("TU", "TR"), Map.entry("JO", "JO"), Map.entry("LE", "LB"),
            Map.entry("IS", "IL"), Map.entry("SA", "SA"), Map.entry("KU", "KW"), Map.entry("WE", "PS"),
            Map.entry("GZ", "PS"), Map.entry("YM", "YE"), Map.entry("EG", "EG"));

    private Countries() {}

    static String byName(String name) {
        return name == null ? null : BY_NAME.get(name.strip().toLowerCase(Locale.ROOT));
    }

    static String byFips(String code) {
        return code == null ? null : BY_FIPS.get(code.strip().toUpperCase(Locale.ROOT));
    }
}
