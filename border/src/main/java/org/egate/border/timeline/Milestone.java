package org.egate.border.timeline;

import java.time.LocalDate;

/**
 * The dated milestones of the source's timeline (DESIGN.md "Lanes open by site, terminal and direction on dated
 * milestones"; source section 系統使用場所與啟用順序, 外來人口, 已入籍並取得依親居留之大陸配偶, 中華民國國民).
 *
 * <p>These are the seed: lane opening dates, category opening dates and the fingerprint rule are built from them.
 * Later changes are made as dated data (rule versions, lanes with their own dates), never by editing these.
 */
public enum Milestone {
    /** 2011-03-29 試營運: trial service at Kinmen Shuitou port. */
    SHUITOU_TRIAL(LocalDate.of(2011, 3, 29), "金門水頭商港試營運", "Kinmen Shuitou port trial service"),
    /** 2011-08-01: Kaohsiung International Airport, departures and arrivals. */
    KAOHSIUNG(LocalDate.of(2011, 8, 1), "高雄國際機場出入境處啟用", "Kaohsiung airport departures and arrivals open"),
    /** 2011-08-09: Songshan airport, arrivals only. */
    SONGSHAN_ARRIVALS(LocalDate.of(2011, 8, 9), "松山機場入境處啟用", "Songshan airport arrivals open"),
    /** 2011-08-23: Songshan airport, departures. */
    SONGSHAN_DEPARTURES(LocalDate.of(2011, 8, 23), "松山機場出境處啟用", "Songshan airport departures open"),
    /** 2011-09-13: Taoyuan International Airport; mapped to Terminal 2 (decision 0041). */
    TAOYUAN(LocalDate.of(2011, 9, 13), "桃園國際機場出入境處啟用（第二航廈）",
            "Taoyuan airport departures and arrivals open (Terminal 2)"),
    /** 2012-01-01: official service (正式上線); lanes opened earlier ran as a trial until this day. */
    OFFICIAL_SERVICE(LocalDate.of(2012, 1, 1), "自動查驗通關系統正式上線", "Official service begins"),
    /** 2012-09-03: non-citizens (外來人口) may enroll and use the gates. */
    NON_CITIZENS(LocalDate.of(2012, 9, 3), "外來人口自動通關申請及使用正式上線", "Open to non-citizens"),
    /** 2013-01-01: PRC spouses with dependent (依親) residence. */
    PRC_SPOUSES(LocalDate.of(2013, 1, 1), "開放依親居留之大陸配偶註冊使用", "Open to PRC spouses with dependent residence"),
    /** 2013-04-10: Taichung airport, departures and arrivals. */
    TAICHUNG(LocalDate.of(2013, 4, 10), "台中機場出入境處啟用", "Taichung airport departures and arrivals open"),
    /** 2013-05-09: Taoyuan Terminal 1, departures and arrivals. */
    TAOYUAN_T1(LocalDate.of(2013, 5, 9), "桃園國際機場第一航廈出入境處啟用", "Taoyuan Terminal 1 departures and arrivals open"),
    /** 2017-03-08: fingerprints become a mandatory part of national enrollment (指紋...自2017年3月8日起改為必要項目). */
    FINGERPRINTS_MANDATORY(LocalDate.of(2017, 3, 8), "指紋改為必要錄存項目", "Fingerprints become mandatory at enrollment");

    private final LocalDate date;
    private final String zhTw;
    private final String english;

    Milestone(LocalDate date, String zhTw, String english) {
        this.date = date;
        this.zhTw = zhTw;
        this.english = english;
    }

    /** The day the milestone takes effect (Asia/Taipei calendar day). */
    public LocalDate date() {
        return date;
    }

    /** True on and after the milestone's day. */
    public boolean reachedOn(LocalDate day) {
        return !day.isBefore(date);
    }

    public String zhTw() {
        return zhTw;
    }

    public String english() {
        return english;
    }
}
