package org.egate.border.site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.egate.border.timeline.Milestone;
import org.egate.document.catalog.PortCode;

/**
 * An immutable, in-memory {@link SiteDirectory}. {@link #seeded()} builds the sites, terminals, lanes and enrollment
 * places of the source's timeline (DESIGN.md "Lanes open by site, terminal and direction on dated milestones";
 * decision 0041 maps "Taoyuan 2011-09-13" to Terminal 2 and "Taoyuan T1 2013-05-09" to Terminal 1).
 */
public final class SiteCatalog implements SiteDirectory {

    public static final SiteId TAOYUAN = SiteId.of("TAOYUAN");
    public static final SiteId SONGSHAN = SiteId.of("SONGSHAN");
    public static final SiteId KAOHSIUNG = SiteId.of("KAOHSIUNG");
    public static final SiteId TAICHUNG = SiteId.of("TAICHUNG");
    public static final SiteId SHUITOU = SiteId.of("SHUITOU");
    /** Taipei City service station: enrollment only. */
    public static final SiteId TAIPEI_STATION = SiteId.of("TAIPEI");
    public static final TerminalCode T1 = TerminalCode.of("T1");
    public static final TerminalCode T2 = TerminalCode.of("T2");

    /** Lanes the seed puts in each open direction of each terminal; administrators add more. */
    public static final int SEED_LANES_PER_DIRECTION = 2;

    private final Map<SiteId, Site> sites;
    private final Map<LaneId, Lane> lanes;
    private final List<EnrollmentPlace> places;

    public SiteCatalog(List<Site> sites, List<Lane> lanes, List<EnrollmentPlace> places) {
        this.sites = new LinkedHashMap<>();
        sites.forEach(s -> this.sites.put(s.id(), s));
        this.lanes = new LinkedHashMap<>();
        for (Lane lane : lanes) {
            Site site = this.sites.get(lane.site());
            if (site == null || site.terminal(lane.location().terminal()).isEmpty()) {
                throw new IllegalArgumentException("lane " + lane.id() + " stands at unknown place " + lane.location());
            }
            if (this.lanes.put(lane.id(), lane) != null) {
                throw new IllegalArgumentException("lane " + lane.id() + " listed twice");
            }
        }
        this.places = List.copyOf(places);
    }

    /** The seed: every site, terminal, lane and enrollment place of the source, with its opening day. */
    public static SiteCatalog seeded() {
        List<Site> sites = List.of(
                airport(SHUITOU, SiteKind.SEAPORT, "金門水頭商港", "Kinmen Shuitou Port", "TWKNH",
                        both(TerminalCode.MAIN, Milestone.SHUITOU_TRIAL.date())),
                airport(KAOHSIUNG, SiteKind.AIRPORT, "高雄國際機場", "Kaohsiung International Airport", "TWKHH",
                        both(TerminalCode.MAIN, Milestone.KAOHSIUNG.date())),
                airport(SONGSHAN, SiteKind.AIRPORT, "臺北松山機場", "Taipei Songshan Airport", "TWTSA",
                        new Terminal(TerminalCode.MAIN, new PlaceName("航廈", "Terminal"), Map.of(
                                Direction.ARRIVAL, Milestone.SONGSHAN_ARRIVALS.date(),
                                Direction.DEPARTURE, Milestone.SONGSHAN_DEPARTURES.date()))),
                airport(TAOYUAN, SiteKind.AIRPORT, "桃園國際機場", "Taoyuan International Airport", "TWTPE",
                        new Terminal(T1, new PlaceName("第一航廈", "Terminal 1"), bothOn(Milestone.TAOYUAN_T1.date())),
                        new Terminal(T2, new PlaceName("第二航廈", "Terminal 2"), bothOn(Milestone.TAOYUAN.date()))),
                airport(TAICHUNG, SiteKind.AIRPORT, "臺中國際機場", "Taichung International Airport", "TWRMQ",
                        both(TerminalCode.MAIN, Milestone.TAICHUNG.date())),
                new Site(TAIPEI_STATION, new PlaceName("移民署臺北市服務站", "Taipei City Service Station"),
                        SiteKind.SERVICE_STATION, null, List.of()));

        List<Lane> lanes = new ArrayList<>();
        for (Site site : sites) {
            for (Terminal terminal : site.terminals()) {
                for (Direction direction : Direction.values()) {
                    Optional<LocalDate> opens = terminal.opensOn(direction);
                    for (int n = 1; opens.isPresent() && n <= SEED_LANES_PER_DIRECTION; n++) {
                        lanes.add(new Lane(LaneId.of(site.id(), terminal.code(), direction, n),
                                Location.of(site.id(), terminal.code()), direction, opens.get(), LaneStatus.IN_SERVICE));
                    }
                }
            }
        }

        // A counter enrolls from the day its terminal's first lane opened; the Taipei City service station has no
        // lanes and no date in the source, so it opens with official service (decision 0041).
        List<EnrollmentPlace> places = new ArrayList<>();
        places.add(new EnrollmentPlace(Location.of(TAIPEI_STATION, TerminalCode.MAIN),
                new PlaceName("移民署臺北市服務站", "Taipei City Service Station"), Milestone.OFFICIAL_SERVICE.date()));
        for (Site site : sites) {
            for (Terminal terminal : site.terminals()) {
                String zh = site.name().zhTw() + (site.terminals().size() > 1 ? terminal.name().zhTw() : "");
                String en = site.name().english() + (site.terminals().size() > 1 ? " " + terminal.name().english() : "");
                places.add(new EnrollmentPlace(Location.of(site.id(), terminal.code()), new PlaceName(zh, en),
                        terminal.firstOpening().orElseThrow()));
            }
        }
        return new SiteCatalog(sites, lanes, places);
    }

    private static Site airport(SiteId id, SiteKind kind, String zh, String en, String port, Terminal... terminals) {
        return new Site(id, new PlaceName(zh, en), kind, new PortCode(port), List.of(terminals));
    }

    private static Terminal both(TerminalCode code, LocalDate day) {
        return new Terminal(code, new PlaceName("航廈", "Terminal"), bothOn(day));
    }

    private static Map<Direction, LocalDate> bothOn(LocalDate day) {
        return Map.of(Direction.DEPARTURE, day, Direction.ARRIVAL, day);
    }

    /** A copy with one lane added or replaced (an administrator's change). */
    public SiteCatalog withLane(Lane lane) {
        Objects.requireNonNull(lane, "lane");
        Map<LaneId, Lane> copy = new LinkedHashMap<>(lanes);
        copy.put(lane.id(), lane);
        return new SiteCatalog(List.copyOf(sites.values()), List.copyOf(copy.values()), places);
    }

    @Override
    public Optional<Site> site(SiteId id) {
        return Optional.ofNullable(sites.get(id));
    }

    @Override
    public List<Site> sites() {
        return List.copyOf(sites.values());
    }

    @Override
    public Optional<Lane> lane(LaneId id) {
        return Optional.ofNullable(lanes.get(id));
    }

    @Override
    public List<Lane> lanes() {
        return List.copyOf(lanes.values());
    }

    @Override
    public List<EnrollmentPlace> enrollmentPlaces() {
        return places;
    }
}
