/**
 * Optional integration: shows a JFreeChart chart with {@code ui.plot}. Needs
 * {@code org.jfree:jfreechart} on the application's class path.
 */
package io.mesopj.api.jfreechart;
