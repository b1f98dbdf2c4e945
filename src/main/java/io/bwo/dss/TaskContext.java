package io.bwo.dss;

import io.bwo.catalog.Catalog;
import io.bwo.platform.Platform;
import io.bwo.segment.SegmentSystem;
import java.time.Clock;
import java.util.List;

/** What a task works with: the world outside it, shared by every task of a run. */
record TaskContext(
    Platform platform,
    Catalog catalog,
    SegmentSystem system,
    Clock clock,
    DssOptions options,
    String runId,
    String holder,
    List<NotifyConcurrentListener> listeners,
    DumpProgress progress,
    OperatorControl operator,
    PhaseObserver observer,
    WtoQueue wto,
    ChangedFlagResets resets) {}
