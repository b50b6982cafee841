/** Host plugins' output: reading a child's pipes line by line within fixed memory, and each plugin's recent lines in memory. */
package dev.plugbay.adapters.host.logs;
