package org.egate.border.eligibility;

import java.time.LocalDate;
import org.egate.border.timeline.Milestone;

/**
 * Who may enroll, in the source's own groups (DESIGN.md rules; source sections 中華民國國民, 外來人口,
 * 已入籍並取得依親居留之大陸配偶). The documents each needs are in {@code CategoryRequirements}; the day each opened is
 * the seed of the eligibility rule book.
 */
public enum Category {
    /** 中華民國國民（有戶籍）: ROC passport or Kinmen–Matsu permit, plus one government photo ID. */
    NATIONAL_WITH_HOUSEHOLD_REGISTRATION(Milestone.SHUITOU_TRIAL, false, "有戶籍國民",
            "National with household registration"),
    /** 外國人: permanent residence, or residence plus a re-entry permit (重入國許可). */
    FOREIGN_RESIDENT(Milestone.NON_CITIZENS, true, "具永久居留或居留並有重入國許可之外國人",
            "Foreign national with permanent residence, or residence and a re-entry permit"),
    /** 外國人持有外交部核發之外交官員證. */
    FOREIGN_DIPLOMAT(Milestone.NON_CITIZENS, true, "持外交部核發外交官員證之外國人",
            "Foreign national holding a MOFA diplomat ID"),
    /** 無戶籍國民: residence plus a multiple-entry permit valid as long as the resident certificate. */
    NATIONAL_WITHOUT_HOUSEHOLD_REGISTRATION(Milestone.NON_CITIZENS, true, "具居留身分之無戶籍國民",
            "National without household registration, with residence and a multiple-entry permit"),
    /** 香港或澳門居民: residence plus a Taiwan residence entry-exit permit (臺灣地區居留入出境證). */
    HONG_KONG_MACAO_RESIDENT(Milestone.NON_CITIZENS, true, "具居留身分之香港或澳門居民",
            "Hong Kong or Macao resident with residence and a Taiwan residence entry-exit permit"),
    /** 大陸地區人民具長期居留身分者. */
    PRC_LONG_TERM_RESIDENT(Milestone.NON_CITIZENS, true, "具長期居留身分之大陸地區人民",
            "PRC national with long-term residence"),
    /** 具在臺依親居留身分之大陸配偶, from 2013-01-01. */
    PRC_SPOUSE_DEPENDENT_RESIDENCE(Milestone.PRC_SPOUSES, true, "具依親居留身分之大陸配偶",
            "PRC spouse with dependent residence");

    private final Milestone opening;
    private final boolean nonCitizen;
    private final String zhTw;
    private final String english;

    Category(Milestone opening, boolean nonCitizen, String zhTw, String english) {
        this.opening = opening;
        this.nonCitizen = nonCitizen;
        this.zhTw = zhTw;
        this.english = english;
    }

    /** The source's opening day for this category (the seed; the rule book in effect decides). */
    public LocalDate openedOn() {
        return opening.date();
    }

    public Milestone openingMilestone() {
        return opening;
    }

    /** 外來人口 (and PRC spouses): consent and both biometrics are always required. */
    public boolean isNonCitizen() {
        return nonCitizen;
    }

    /**
     * Whether both index fingerprints are required whatever the rule version says: non-citizens "須同意錄存臉部影像及
     * 指紋" from their opening; for nationals fingerprints were optional until 2017-03-08 (a rule-book setting).
     */
    public boolean alwaysRequiresFingerprints() {
        return nonCitizen;
    }

    /** Whether explicit consent to face and fingerprint capture must be recorded (non-citizens; decision 0043). */
    public boolean requiresConsent() {
        return nonCitizen;
    }

    public String zhTw() {
        return zhTw;
    }

    public String english() {
        return english;
    }
}
