/**
 * DFSMSdss control statements: the SYSIN deck read as card images, lexed, parsed and checked
 * into {@link io.bwo.control.Command}s and the command sequence that runs them
 * ({@link io.bwo.control.Flow}: SET, IF-THEN-ELSE, SERIAL, PARALLEL) before anything is touched.
 *
 * <p>{@link io.bwo.control.Deck#parse} is the entry point; a deck with any syntax error comes
 * back as ADR messages (severity E, return code 8), or BWO533S (RC 12) for an error in the
 * sequence, naming the statement, the token and its record and column. Depends only on
 * {@code io.bwo.message}.
 */
package io.bwo.control;
