package io.strikeline.generate;

import io.strikeline.geo.Gazetteer;
import io.strikeline.geo.Place;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The places the corpus draws from: Iraqi and Syrian bases, towns and areas, with real coordinates and spellings. */
final class Sites {

    private static final Map<String, Site> BY_KEY = new LinkedHashMap<>();

    static {
        // Iraq: bases and sites hosting U.S. and coalition forces
        base("ain-al-asad", 33.7856, 42.4412, "IQ",
                "Ain al-Asad air base|Ayn al-Asad air base|Ain al-Assad air base|Al-Asad air base",
                "Anbar province|western Iraq|Iraq's western Anbar province");
        base("erbil-airport", 36.2376, 43.9632, "IQ", "Erbil airport|Irbil airport|Erbil International Airport|Erbil air base",
                "northern Iraq|the Kurdistan region|Iraq's Kurdistan region");
        base("harir", 36.5372, 44.3525, "IQ", "Harir air base|Harir base", "Erbil province|the Kurdistan region");
        base("biap", 33.2625, 44.2346, "IQ", "Baghdad International Airport|Baghdad airport", "the Iraqi capital|Baghdad");
        base("embassy", 33.2986, 44.3937, "IQ", "the U.S. Embassy in Baghdad|the US embassy compound",
                "the Green Zone|the Iraqi capital");
        base("taji", 33.5311, 44.2586, "IQ", "Camp Taji|Taji military base|Taji base", "north of Baghdad|Baghdad");
        base("balad", 33.9402, 44.3615, "IQ", "Balad air base|Balad airbase", "Salahuddin province|north of Baghdad");
        base("k1", 35.5183, 44.2817, "IQ", "K-1 air base|K1 base", "Kirkuk province|near Kirkuk");
        base("qayyarah", 35.7694, 43.1250, "IQ", "Qayyarah air base|Qayyarah West|Q-West", "south of Mosul|Nineveh province");
        base("basra-airport", 30.5491, 47.6627, "IQ", "Basra airport|Basra International Airport",
                "southern Iraq|Basra province");
        // Iraq: towns and areas
        town("baghdad", 33.3152, 44.3661, "IQ", "Baghdad", "Iraq|the Iraqi capital");
        town("erbil", 36.1912, 44.0092, "IQ", "Erbil|Irbil|Arbil", "northern Iraq|the Kurdistan region");
        town("al-qaim", 34.3688, 41.0945, "IQ", "Al-Qaim|al-Qaim|Qaim|al-Qa'im",
                "Anbar province|western Iraq|near the Syrian border");
        base("qaim-crossing", 34.3960, 40.9850, "IQ", "the Qaim border crossing|the al-Qaim crossing|the Qaim crossing",
                "on the Iraqi-Syrian border|Anbar province");
        town("jurf", 32.8833, 44.1167, "IQ", "Jurf al-Sakhar|Jurf al-Nasr|Jurf al Sakhar", "Babil province|south of Baghdad");
        town("mosul", 36.3400, 43.1300, "IQ", "Mosul", "northern Iraq|Nineveh province");
        town("kirkuk", 35.4681, 44.3922, "IQ", "Kirkuk", "northern Iraq|Kirkuk province");
        town("tikrit", 34.6071, 43.6782, "IQ", "Tikrit", "Salahuddin province|north of Baghdad");
        town("ramadi", 33.4258, 43.2994, "IQ", "Ramadi|al-Ramadi", "Anbar province|western Iraq");
        town("fallujah", 33.3500, 43.7833, "IQ", "Fallujah|Falluja", "Anbar province|west of Baghdad");
        town("hit", 33.6417, 42.8264, "IQ", "Hit|Heet", "Anbar province|western Iraq");
        town("haditha", 34.1397, 42.3783, "IQ", "Haditha", "Anbar province|western Iraq");
        town("baiji", 34.9311, 43.4864, "IQ", "Baiji|Beiji", "Salahuddin province|northern Iraq");
        town("tal-afar", 36.3792, 42.4497, "IQ", "Tal Afar|Tel Afar|Tal Afar", "Nineveh province|west of Mosul");
        town("sinjar", 36.3210, 41.8764, "IQ", "Sinjar|Shingal", "Nineveh province|northwestern Iraq");
        town("makhmour", 35.7750, 43.5800, "IQ", "Makhmour|Makhmur", "northern Iraq|south of Erbil");
        town("hawija", 35.3250, 43.7667, "IQ", "Hawija|Hawijah", "Kirkuk province|northern Iraq");
        town("sulaymaniyah", 35.5650, 45.4329, "IQ", "Sulaymaniyah|Sulaimaniya|Slemani", "the Kurdistan region|northern Iraq");
        town("zakho", 37.1436, 42.6819, "IQ", "Zakho", "Duhok province|near the Turkish border");
        town("koya", 36.0850, 44.6283, "IQ", "Koya|Koysinjaq", "Erbil province|the Kurdistan region");
        town("sidakan", 36.7960, 44.6720, "IQ", "Sidakan", "Erbil province|near the Iranian border");
        town("tarmiyah", 33.6700, 44.3900, "IQ", "Tarmiyah|Tarmiya", "north of Baghdad|Salahuddin province");
        area("qandil", 36.4500, 44.9800, "IQ", "the Qandil mountains|Mount Qandil", "northern Iraq|the Kurdistan region");
        area("hamrin", 34.4000, 44.5000, "IQ", "the Hamrin mountains|the Hamrin range", "Salahuddin province|Diyala province");
        // Syria: bases hosting U.S. forces
        base("tanf", 33.4990, 38.6170, "SY", "the al-Tanf garrison|al-Tanf base|At Tanf garrison",
                "southeastern Syria|near the Jordanian border");
        base("conoco", 35.3690, 40.2870, "SY", "the Conoco gas field|the Conoco base|the Conoco field",
                "Deir ez-Zor province|Deir al-Zour province|eastern Syria");
        base("omar", 35.0000, 40.5750, "SY", "the al-Omar oil field|the Omar oil field|Green Village",
                "Deir ez-Zor province|eastern Syria");
        base("shaddadi", 36.0560, 40.7300, "SY", "the Shaddadi base|al-Shaddadi base", "Hasakah province|northeastern Syria");
        base("rmeilan", 36.9600, 42.0600, "SY", "Rmeilan airfield|the Rumeilan landing zone",
                "Hasakah province|northeastern Syria");
        base("t4", 34.5225, 37.6297, "SY", "the T4 air base|Tiyas airbase|the T-4 airbase", "Homs province|central Syria");
        base("damascus-airport", 33.4114, 36.5156, "SY", "Damascus International Airport|Damascus airport",
                "southern Syria|the Syrian capital");
        base("aleppo-airport", 36.1807, 37.2244, "SY", "Aleppo International Airport|Aleppo airport",
                "northern Syria|Aleppo province");
        // Syria: towns and areas
        town("albu-kamal", 34.4536, 40.9367, "SY", "Albu Kamal|Abu Kamal|Bukamal|al-Bukamal",
                "eastern Syria|Deir ez-Zor province");
        town("deir-ez-zor", 35.3360, 40.1408, "SY", "Deir ez-Zor|Deir al-Zour|Deir Ezzor|Deir el-Zour", "eastern Syria|Syria");
        town("mayadin", 35.0185, 40.4500, "SY", "Mayadin|al-Mayadin|Mayadeen", "Deir ez-Zor province|eastern Syria");
        town("hajin", 34.7000, 40.8300, "SY", "Hajin", "Deir ez-Zor province|eastern Syria");
        town("raqqa", 35.9500, 39.0167, "SY", "Raqqa|Raqqah|al-Raqqa", "northern Syria|Raqqa province");
        town("tabqa", 35.8356, 38.5481, "SY", "Tabqa|al-Tabqa", "Raqqa province|northern Syria");
        town("hasakah", 36.4833, 40.7500, "SY", "Hasakah|Hasaka|al-Hasakah", "northeastern Syria|Hasakah province");
        town("qamishli", 37.0500, 41.2167, "SY", "Qamishli|Qamishlo", "northeastern Syria|Hasakah province");
        town("kobani", 36.8906, 38.3533, "SY", "Kobani|Kobane|Ain al-Arab", "northern Syria|Aleppo province");
        town("manbij", 36.5281, 37.9550, "SY", "Manbij|Menbij", "northern Syria|Aleppo province");
        town("tal-rifaat", 36.4733, 37.0969, "SY", "Tal Rifaat|Tel Rifaat", "northern Syria|Aleppo province");
        town("ain-issa", 36.3850, 38.8590, "SY", "Ain Issa|Ayn Issa", "Raqqa province|northern Syria");
        town("tal-tamr", 36.6500, 40.3700, "SY", "Tal Tamr|Tel Tamer", "Hasakah province|northeastern Syria");
        town("palmyra", 34.5503, 38.2691, "SY", "Palmyra|Tadmur", "central Syria|Homs province");
        town("idlib", 35.9306, 36.6339, "SY", "Idlib", "northwestern Syria|Idlib province");
        town("sarmada", 36.1900, 36.7200, "SY", "Sarmada", "Idlib province|near the Turkish border");
        town("jisr", 35.8120, 36.3190, "SY", "Jisr al-Shughur|Jisr al-Shugour", "Idlib province|northwestern Syria");
        town("masyaf", 35.0653, 36.3421, "SY", "Masyaf|Misyaf", "Hama province|western Syria");
    }

    private Sites() {}

    static Site get(String key) {
        Site site = BY_KEY.get(key);
        if (site == null) {
            throw new IllegalArgumentException("no such site: " + key);
        }
        return site;
    }

    static List<Site> all() {
        return List.copyOf(BY_KEY.values());
    }

    /**
     * The gazetteer's towns and cities in one country whose name no other place shares, for strikes beyond the
     * named sites when a large corpus has filled those: reports name them plainly and place them by province.
     */
    static List<Site> gazetteerTowns(Gazetteer gazetteer, String country) {
        String countryName = country.equals("IQ") ? "Iraq" : "Syria";
        List<Site> towns = new ArrayList<>();
        for (Place p : gazetteer.all()) {
            boolean town = p.category().equals("town") || p.category().equals("city");
            if (town && p.country().equals(country) && gazetteer.find(p.name()).size() == 1) {
                List<String> regions = p.admin1() == null || p.admin1().isBlank()
                        ? List.of(countryName) : List.of(p.admin1() + " province", countryName);
                towns.add(new Site(p.id(), Site.Kind.TOWN, List.of(p.name()), p.lat(), p.lon(), country, regions));
            }
        }
        return towns;
    }

    private static void base(String key, double lat, double lon, String country, String names, String regions) {
        add(key, Site.Kind.BASE, lat, lon, country, names, regions);
    }

    private static void town(String key, double lat, double lon, String country, String names, String regions) {
        add(key, Site.Kind.TOWN, lat, lon, country, names, regions);
    }

    private static void area(String key, double lat, double lon, String country, String names, String regions) {
        add(key, Site.Kind.AREA, lat, lon, country, names, regions);
    }

    private static void add(String key, Site.Kind kind, double lat, double lon, String country, String names, String regions) {
        List<String> nameList = Arrays.stream(names.split("\\|")).distinct().toList();
        BY_KEY.put(key, new Site(key, kind, nameList, lat, lon, country, List.of(regions.split("\\|"))));
    }
}
