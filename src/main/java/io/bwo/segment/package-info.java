/**
 * The segment system: segments ONLINE or OFFLINE, the system RUNNING or FROZEN under a freeze
 * lease, atomic and durable transactions over CIs of several data sets, and the concurrent copy
 * sessions it hosts. Runs embedded ({@code EmbeddedSegmentSystem}) or as a server on a Unix domain
 * socket in the catalog root ({@link SegmentServer}, reached through {@link SegmentClient});
 * {@link SegmentSystems#connect} picks one.
 */
package io.bwo.segment;
