/** How the log is written: plain text lines or JSON lines (logback.xml), and the check of that setting. */
package dev.plugbay.bootstrap.logging;
