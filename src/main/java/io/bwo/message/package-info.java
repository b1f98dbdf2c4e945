/**
 * The message catalog and its values: every text a user sees has an id (ADRnnnX or BWOnnnX), a
 * severity and a return code. A leaf package: it depends on nothing else in bwo.
 */
package io.bwo.message;
