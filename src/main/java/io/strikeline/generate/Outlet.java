package io.strikeline.generate;

import java.util.List;

/** A news outlet: its name as stored in {@code source}, its web domain, and its house style. */
record Outlet(String name, String domain, String wireTag, boolean dayFirstDates) {

    /** Wire agencies open with a dateline ("BAGHDAD (Reuters) - "); {@code wireTag} is null for the others. */
    static final List<Outlet> ALL = List.of(
            new Outlet("Reuters", "reuters.com", "(Reuters) -", false),
            new Outlet("Associated Press", "apnews.com", "(AP) \u2014", false),
            new Outlet("AFP", "afp.com", "(AFP) -", true),
            new Outlet("Rudaw", "rudaw.net", null, true),
            new Outlet("Kurdistan24", "kurdistan24.net", null, true),
            new Outlet("Al-Monitor", "al-monitor.com", null, false),
            new Outlet("The National", "thenationalnews.com", null, true),
            new Outlet("Middle East Eye", "middleeasteye.net", null, true),
            new Outlet("Al Jazeera", "aljazeera.com", null, true),
            new Outlet("The Defense Post", "thedefensepost.com", null, false),
            new Outlet("Military Times", "militarytimes.com", null, false),
            new Outlet("Stars and Stripes", "stripes.com", null, false),
            new Outlet("Shafaq News", "shafaq.com", null, true),
            new Outlet("Asharq Al-Awsat", "english.aawsat.com", null, true),
            new Outlet("Anadolu Agency", "aa.com.tr", null, true),
            new Outlet("North Press Agency", "npasyria.com", null, true),
            new Outlet("The New Arab", "newarab.com", null, true));
}
