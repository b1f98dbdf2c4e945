/**
 * Stand-ins for IBM JZOS's field converters, which map the bytes of a record (a COBOL copybook, an
 * assembler DSECT) to Java values: binary, packed decimal, external (zoned) decimal, strings and
 * byte arrays, built one after another by a {@link com.ibm.jzos.fields.DatatypeFactory}.
 *
 * <p>Every public type and member has IBM's signature (docs/jzos-stubs.md says where each was
 * confirmed); the encodings are z/OS's, so a record a program builds here is the record it builds
 * on z/OS. None of this package is packaged in the z/OS jar.
 */
package com.ibm.jzos.fields;
