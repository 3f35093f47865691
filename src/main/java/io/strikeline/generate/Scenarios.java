package io.strikeline.generate;

import io.strikeline.model.EventType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The mix of strikes the corpus draws from, weighted roughly as they appear in 2014-2024 reporting. */
final class Scenarios {

    private static final String US_BASES = "ain-al-asad erbil-airport biap taji balad k1 harir qayyarah basra-airport tanf conoco"
            + " omar shaddadi rmeilan";
    private static final String BASE_TARGETS = "-|-|U.S. forces|a base hosting U.S. troops|coalition forces";
    private static final String BASE_VICTIMS = "U.S. service member/U.S. service members|contractor/contractors";
    private static final String MILITANTS = "militant/militants|fighter/fighters";
    /**
     * The share of a scenario's strikes whose reports may leave out who struck: some airstrikes, and all of the kinds
     * few enough a day to keep apart from every side (see {@link StrikePlacement}).
     */
    private static final double SOME_UNNAMED = 0.15;
    private static final double ALL_UNNAMED = 1;

    private static final List<Scenario> ALL = List.of(
            of("coalition air campaign", "United States", EventType.AIRSTRIKE, 2014, 2019, 18,
                    "U.S.-led coalition aircraft|Coalition warplanes|U.S. and coalition jets|American warplanes",
                    "an Islamic State fighting position|an IS tactical unit|a car bomb factory|an oil collection point"
                            + "|an Islamic State headquarters|a weapons cache|an IS staging area",
                    MILITANTS + "|Islamic State fighter/Islamic State fighters",
                    "the coalition|U.S. Central Command|the Pentagon|Operation Inherent Resolve",
                    "mosul raqqa ramadi fallujah tikrit hit haditha baiji tal-afar sinjar hawija mayadin albu-kamal al-qaim"
                            + " deir-ez-zor hajin tabqa kobani manbij hasakah", 25, 10, SOME_UNNAMED),
            of("Iraqi air force", "Iraq", EventType.AIRSTRIKE, 2014, 2024, 6,
                    "Iraqi air force jets|Iraqi army helicopters|Iraqi military aircraft",
                    "an Islamic State hideout|a militant hideout|a tunnel used by Islamic State fighters|an IS weapons cache",
                    MILITANTS, "Iraq's Joint Operations Command|the Iraqi military|Iraqi security officials",
                    "hamrin tarmiyah hawija mosul ramadi haditha al-qaim kirkuk tikrit baiji", 12, 4, SOME_UNNAMED),
            of("U.S. retaliation against militias", "United States", EventType.AIRSTRIKE, 2019, 2024, 7,
                    "U.S. aircraft|U.S. F-15E jets|American warplanes|U.S. military jets",
                    "a weapons depot used by Kata'ib Hezbollah|a command and control site|weapons storage facilities"
                            + "|a Kata'ib Hezbollah headquarters|facilities used by Iran-backed militias|a drone storage site",
                    MILITANTS + "|member of Kata'ib Hezbollah/members of Kata'ib Hezbollah",
                    "the Pentagon|U.S. Central Command|CENTCOM|a U.S. defense official",
                    "al-qaim qaim-crossing albu-kamal jurf mayadin deir-ez-zor", 20, 10, SOME_UNNAMED),
            of("U.S. drone strikes", "United States", EventType.DRONE_STRIKE, 2015, 2024, 7,
                    "A U.S. drone|An American drone|A U.S. MQ-9 Reaper drone",
                    "a vehicle carrying a senior Islamic State leader|a car carrying a Kata'ib Hezbollah commander"
                            + "|a motorcycle carrying two militants|a house used by an al-Qaeda-linked commander",
                    MILITANTS + "|person/people", "U.S. Central Command|the Pentagon|a U.S. official",
                    "baghdad idlib sarmada raqqa albu-kamal jurf deir-ez-zor jisr", 4, 3, SOME_UNNAMED),
            of("militia rockets on U.S. bases", "militias", EventType.ROCKET_ATTACK, 2019, 2024, 14,
                    "Iran-backed militants|Unidentified attackers|Suspected Iran-aligned militiamen",
                    BASE_TARGETS, BASE_VICTIMS,
                    "the Pentagon|the coalition|Iraqi security sources|a U.S. official|Iraq's security media cell",
                    US_BASES + " embassy", 1, 6, ALL_UNNAMED),
            of("militia drones on U.S. bases", "militias", EventType.DRONE_ATTACK, 2021, 2024, 12,
                    "Iran-backed militants|The Islamic Resistance in Iraq|Militants",
                    BASE_TARGETS, BASE_VICTIMS,
                    "the Pentagon|the coalition|a U.S. official|the Islamic Resistance in Iraq", US_BASES, 1, 5, ALL_UNNAMED),
            of("Iranian missiles", "Iran", EventType.MISSILE_STRIKE, 2020, 2024, 2,
                    "Iran's Revolutionary Guards|The IRGC|Iran",
                    "-|U.S. forces|what Iran called an Israeli spy headquarters",
                    "person/people|civilian/civilians",
                    "Kurdish officials|the Kurdistan Region's security council|the Pentagon|Iranian state media",
                    "ain-al-asad erbil-airport erbil", 4, 10, ALL_UNNAMED),
            of("Iranian shelling of the Kurdistan region", "Iran", EventType.ARTILLERY, 2014, 2024, 2,
                    "Iranian artillery|Iran's Revolutionary Guards|IRGC forces",
                    "villages|positions of Iranian Kurdish opposition groups|farmland",
                    "person/people|villager/villagers", "local officials|a local official|Kurdish officials",
                    "sidakan koya qandil", 2, 4, ALL_UNNAMED),
            of("Iranian drones on Kurdish dissidents", "Iran", EventType.DRONE_STRIKE, 2019, 2024, 1.5,
                    "An Iranian drone|An IRGC drone|An armed Iranian drone",
                    "the headquarters of an Iranian Kurdish opposition party|a camp of Iranian Kurdish dissidents",
                    "person/people", "Kurdish officials|the Kurdistan Region's counter-terrorism service",
                    "koya erbil sulaymaniyah", 6, 10, SOME_UNNAMED),
            of("Turkish drone strikes", "Turkey", EventType.DRONE_STRIKE, 2019, 2024, 8,
                    "A Turkish drone|A Turkish armed drone|A Turkish military drone",
                    "a vehicle carrying PKK members|a car near a checkpoint|a house used by Kurdish fighters"
                            + "|a vehicle carrying SDF commanders|a Yazidi militia post",
                    "fighter/fighters|person/people",
                    "the SDF|the Kurdistan Region's counter-terrorism service|local officials|Turkey's Defense Ministry",
                    "sinjar makhmour sulaymaniyah qamishli kobani hasakah tal-tamr ain-issa qandil zakho", 6, 4, SOME_UNNAMED),
            of("Turkish air campaign", "Turkey", EventType.AIRSTRIKE, 2015, 2024, 6,
                    "Turkish warplanes|Turkish jets|Turkish F-16s",
                    "PKK positions|PKK shelters and caves|suspected PKK hideouts|Kurdish militia positions|energy infrastructure",
                    MILITANTS, "Turkey's Defense Ministry|the Turkish military|the SDF|Kurdish officials",
                    "qandil sinjar makhmour zakho kobani tal-rifaat qamishli hasakah", 12, 6, SOME_UNNAMED),
            of("Turkish shelling in northern Syria", "Turkey", EventType.ARTILLERY, 2016, 2024, 5,
                    "Turkish artillery|Turkish forces|Turkish-backed factions",
                    "villages|SDF positions|residential areas|a village",
                    "civilian/civilians|fighter/fighters",
                    "the SDF|the Syrian Observatory for Human Rights|local officials",
                    "tal-rifaat manbij ain-issa tal-tamr kobani zakho", 5, 8, ALL_UNNAMED),
            of("Israeli strikes in Syria", "Israel", EventType.AIRSTRIKE, 2017, 2024, 5,
                    "Israeli jets|Israeli warplanes",
                    "Iranian-backed militia positions|a weapons depot|an arms shipment|a convoy of trucks"
                            + "|positions of Iran-backed fighters",
                    "fighter/fighters|soldier/soldiers",
                    "the Syrian Observatory for Human Rights|Syrian state media|the Syrian army|a regional intelligence official",
                    "albu-kamal mayadin deir-ez-zor t4 damascus-airport aleppo-airport masyaf palmyra", 20, 10, SOME_UNNAMED),
            of("Russian and Syrian air strikes", "Russia and Syria", EventType.AIRSTRIKE, 2015, 2024, 7,
                    "Russian warplanes|Russian jets|Russian and Syrian aircraft",
                    "rebel positions|a market|Islamic State hideouts in the desert|a camp for displaced people"
                            + "|a hospital|militant positions",
                    "person/people|civilian/civilians|fighter/fighters",
                    "the Syrian Observatory for Human Rights|the White Helmets|local activists|the Russian Defense Ministry",
                    "idlib jisr sarmada palmyra deir-ez-zor raqqa mayadin", 20, 15, SOME_UNNAMED),
            of("Islamic State mortar fire", "Islamic State", EventType.ARTILLERY, 2014, 2019, 3,
                    "Islamic State militants|IS fighters",
                    "Peshmerga positions|Iraqi army positions|SDF positions|a village",
                    "soldier/soldiers|Peshmerga fighter/Peshmerga fighters",
                    "Peshmerga officials|the Iraqi military|the SDF|Kurdish officials",
                    "makhmour kirkuk sinjar hasakah deir-ez-zor haditha baiji", 6, 10, ALL_UNNAMED),
            of("Islamic State rockets", "Islamic State", EventType.ROCKET_ATTACK, 2014, 2018, 2,
                    "Islamic State militants|IS fighters",
                    "Iraqi troops|Peshmerga positions|a residential area",
                    "soldier/soldiers|person/people",
                    "Iraqi security officials|Peshmerga officials|the Iraqi military",
                    "kirkuk makhmour tikrit sinjar qayyarah", 5, 12, ALL_UNNAMED));

    private Scenarios() {}

    static List<Scenario> all() {
        return ALL;
    }

    private static Scenario of(String name, String side, EventType type, int from, int to, double weight, String subjects,
            String targets, String victims, String speakers, String sites, int maxKilled, int maxInjured, double unnamedShare) {
        List<Site> siteList = new ArrayList<>();
        for (String key : sites.split(" ")) {
            siteList.add(Sites.get(key));
        }
        return new Scenario(name, side, type, from, to, weight, split(subjects), split(targets), split(victims), split(speakers),
                siteList, maxKilled, maxInjured, unnamedShare);
    }

    private static List<String> split(String options) {
        return Arrays.asList(options.split("\\|"));
    }
}
