/** Fills an empty catalog with the example plugins once, on first start. */
package dev.plugbay.application.service.seed;
