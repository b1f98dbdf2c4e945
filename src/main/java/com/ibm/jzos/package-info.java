/**
 * Stand-ins for IBM JZOS, so that bwo compiles and runs off z/OS.
 *
 * <p>Every public type, constructor, method, checked exception and constant here has exactly the
 * signature of IBM's class of the same name (docs/jzos-stubs.md says where each one was confirmed);
 * nothing else is public. Behind those signatures the classes work on local files: a {@code
 * //DD:NAME} is the file named by the system property {@code bwo.dd.NAME} or the environment
 * variable {@code DD_NAME}, a WTO goes to standard error and a console log, job facts come from the
 * environment, operator commands come from a command file. None of this package is packaged in the
 * z/OS jar, where IBM's classes take its place.
 */
package com.ibm.jzos;
