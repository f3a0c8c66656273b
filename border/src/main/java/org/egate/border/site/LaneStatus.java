package org.egate.border.site;

/** Whether an administrator has a lane in service. Independent of the opening date. */
public enum LaneStatus {
    IN_SERVICE,
    CLOSED
}
