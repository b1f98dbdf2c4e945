package io.bwo.catalog;

/** Whether a segment takes online updates (ONLINE) or may be in use by an offline utility. */
public enum SegmentStatus {
  ONLINE,
  OFFLINE
}
