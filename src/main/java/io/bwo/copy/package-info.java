/**
 * Concurrent copy: copy-on-write sessions at CI granularity, their side files, and the
 * point-in-time reader the dump uses. The segment system owns the sessions (only the owner of
 * the writes can preserve what they overwrite); this package depends on catalog and message only.
 */
package io.bwo.copy;
