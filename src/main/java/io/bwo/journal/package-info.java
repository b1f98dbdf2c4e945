/**
 * The run journal, for safe re-execution under a job scheduler (design.md invariant I5): a run
 * id ({@link io.bwo.journal.RunId}, resolved by {@link io.bwo.journal.RunIds}), and per run its
 * attempts and their phases, each written durably before the phase takes effect.
 *
 * <p>The dss calls {@link io.bwo.journal.RunJournal#begin} first: it refuses a second concurrent
 * attempt of the same run, and tells whether the run already succeeded (do nothing), or what a
 * failed or abandoned attempt left behind (clean it up, then redo). {@code bwo status} reads the
 * same journal through {@link io.bwo.journal.RunJournal#status}. Depends on {@code catalog} and
 * {@code message} only.
 */
package io.bwo.journal;
