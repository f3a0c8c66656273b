package org.egate.border.reason;

/** What a decision means for the traveler: go through, see an officer, or be refused by the machine. */
public enum Outcome {
    /** The traveler may proceed (gate opens, enrollment recorded, stamp given). */
    ACCEPT,
    /** A human must look: the case goes to an officer's referral queue; never an automatic refusal. */
    REFER,
    /** The machine refuses; the traveler is sent to a counter. */
    REJECT;

    /** True for {@link #ACCEPT}. */
    public boolean isAccept() {
        return this == ACCEPT;
    }
}
