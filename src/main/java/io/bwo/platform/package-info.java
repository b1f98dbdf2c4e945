/**
 * The platform port: the only way bwo reaches DDs, the operator console and job facts.
 *
 * <p>{@link io.bwo.platform.Platform#jzos()} is written against the IBM JZOS API alone ({@code
 * ZFile}, {@code RecordReader}, {@code RecordWriter}, {@code MvsConsole}, {@code ZUtil}), so it
 * runs unchanged with IBM's classes on z/OS and with bwo's stubs off it; no DD is touched through
 * java.io or java.nio. Record formats, encodings and the dump's publication are described in
 * docs/jzos-stubs.md.
 */
package io.bwo.platform;
